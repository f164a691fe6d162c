package id.pantau.defaults.web;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.Violations;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} and {@code size} query parameters of every list, with the same limits in every service:
 * pages count from 0, a page holds 1 to {@value #MAX_SIZE} items ({@value #DEFAULT_SIZE} unless asked).
 * Checked before any query runs.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** @throws ApiProblem (400, field errors on {@code page} and {@code size}) when outside the limits */
    public static PageQuery of(int page, int size) {
        Violations violations = new Violations();
        if (page < 0) {
            violations.add("page", "page-negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", "page-size", MAX_SIZE);
        }
        violations.throwIfAny();
        return new PageQuery(page, size);
    }

    public long offset() {
        return (long) page * size;
    }

    public PageRequest pageable() {
        return PageRequest.of(page, size);
    }

    public PageRequest pageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
