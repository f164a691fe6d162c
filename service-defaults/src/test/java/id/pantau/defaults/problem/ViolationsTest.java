package id.pantau.defaults.problem;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ViolationsTest {

    @Test
    void everyFieldErrorIsReportedInOneBadRequest() {
        Violations violations = new Violations();
        violations.required("name", "  ");
        violations.requiredText("title", "x".repeat(11), 10);
        violations.maxLength("shortName", " PTSP ", 4);
        violations.add("period", "period-format", "2026-13");

        ApiProblem problem = catchThrowableOfType(ApiProblem.class, violations::throwIfAny);

        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("validation-failed");
        assertThat(refusals(problem)).containsExactly("name: required", "title: too-long", "period: period-format");
        assertThat(problem.violations().get(1).message().getArguments()).containsExactly(10);
    }

    @Test
    void presentValuesPassAndNothingIsThrownWithoutViolations() {
        Violations violations = new Violations();

        assertThat(violations.required("form", new Object())).isTrue();
        assertThat(violations.requiredText("title", "Layanan online", 200)).isTrue();
        assertThat(violations.maxLength("shortName", null, 4)).isTrue();
        assertThat(violations.required("startDate", null)).isFalse();
        assertThat(violations.isEmpty()).isFalse();
        assertThatNoException().isThrownBy(new Violations()::throwIfAny);
    }

    private static List<String> refusals(ApiProblem problem) {
        return problem.violations().stream()
                .map(violation -> violation.field() + ": " + violation.message().getCodes()[0])
                .toList();
    }
}
