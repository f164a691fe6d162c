package id.pantau.notification.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The one shape of a paged list: {@code {"content":[...],"page":0,"size":20,"totalElements":N,"totalPages":M}}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> view) {
        return new PageResponse<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
