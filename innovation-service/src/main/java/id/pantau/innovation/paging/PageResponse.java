package id.pantau.innovation.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list as every Pantau API answers it. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageResponse<T> of(List<T> content, PageQuery query, long totalElements) {
        return new PageResponse<>(List.copyOf(content), query.page(), query.size(), totalElements,
                (int) ((totalElements + query.size() - 1) / query.size()));
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
    }
}
