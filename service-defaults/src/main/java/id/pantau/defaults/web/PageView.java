package id.pantau.defaults.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, as every list endpoint answers it. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return of(page.map(view::apply));
    }

    /** A page read by hand (count, then skip and limit) rather than through a Spring Data repository. */
    public static <T> PageView<T> of(List<T> content, PageQuery query, long totalElements) {
        return new PageView<>(List.copyOf(content), query.page(), query.size(), totalElements,
                (int) ((totalElements + query.size() - 1) / query.size()));
    }

    public <R> PageView<R> map(Function<T, R> view) {
        return new PageView<>(content.stream().map(view).toList(), page, size, totalElements, totalPages);
    }
}
