package id.pantau.innovation.paging;

import id.pantau.innovation.validation.Violations;

/** The {@code page} and {@code size} query parameters of a list, checked before any query runs. */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** @throws id.pantau.defaults.problem.ApiProblem when page is negative or size outside 1..100 */
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
}
