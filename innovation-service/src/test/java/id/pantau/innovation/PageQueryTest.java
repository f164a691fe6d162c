package id.pantau.innovation;

import id.pantau.innovation.paging.PageQuery;
import id.pantau.innovation.paging.PageResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageQueryTest {

    @Test
    void pagesStartAtZeroAndHoldOneToAHundredItems() {
        assertThat(PageQuery.of(0, 1).offset()).isZero();
        assertThat(PageQuery.of(3, 100).offset()).isEqualTo(300);
        assertThat(Refusals.of(() -> PageQuery.of(-1, 0))).containsExactly("page: page-negative", "size: page-size");
        assertThat(Refusals.of(() -> PageQuery.of(0, 101))).containsExactly("size: page-size");
    }

    @Test
    void totalPagesRoundUp() {
        assertThat(PageResponse.of(List.of("a"), PageQuery.of(2, 20), 41).totalPages()).isEqualTo(3);
        assertThat(PageResponse.of(List.of(), PageQuery.of(0, 20), 0).totalPages()).isZero();
        assertThat(PageResponse.of(List.of(), PageQuery.of(0, 20), 40).totalPages()).isEqualTo(2);
    }
}
