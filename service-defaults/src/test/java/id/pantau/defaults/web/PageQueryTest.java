package id.pantau.defaults.web;

import id.pantau.defaults.problem.ApiProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PageQueryTest {

    @Test
    void pagesStartAtZeroAndHoldOneToAHundredItems() {
        assertThat(PageQuery.of(0, 1).offset()).isZero();
        assertThat(PageQuery.of(3, 100).offset()).isEqualTo(300);
        assertThat(refusals(() -> PageQuery.of(-1, 0))).containsExactly("page: page-negative", "size: page-size");
        assertThat(refusals(() -> PageQuery.of(0, 101))).containsExactly("size: page-size");
    }

    @Test
    void aQueryIsTheSamePageForSpringData() {
        assertThat(PageQuery.of(3, 25).pageable().getOffset()).isEqualTo(75);
        assertThat(PageQuery.of(3, 25).pageable(Sort.by("code")).getSort()).isEqualTo(Sort.by("code"));
    }

    @Test
    void totalPagesRoundUp() {
        assertThat(PageView.of(List.of("a"), PageQuery.of(2, 20), 41).totalPages()).isEqualTo(3);
        assertThat(PageView.of(List.of(), PageQuery.of(0, 20), 0).totalPages()).isZero();
        assertThat(PageView.of(List.of(), PageQuery.of(0, 20), 40).totalPages()).isEqualTo(2);
    }

    private static List<String> refusals(Runnable action) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, action::run);
        assertThat(problem).as("expected a refusal").isNotNull();
        assertThat(problem.status().value()).isEqualTo(400);
        return problem.violations().stream()
                .map(violation -> violation.field() + ": " + violation.message().getCodes()[0])
                .toList();
    }
}
