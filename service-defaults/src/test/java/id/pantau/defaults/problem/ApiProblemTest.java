package id.pantau.defaults.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemTest {

    @Test
    void anUnprocessableInputKeepsItsOwnCodeAndNamesTheField() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.unknown-indicator.title", Locale.ENGLISH, "Unknown indicator");
        messages.addMessage("problem.unknown-indicator", Locale.ENGLISH, "Indicator {0} is not known.");
        messages.addMessage("indicator-unknown", Locale.ENGLISH, "indicator {0} is not known yet");
        ApiProblem problem = ApiProblem.unprocessable("unknown-indicator", "indicatorId", "indicator-unknown", "ind-x");

        ProblemDetail body = new ProblemFactory(messages).invalid(problem.status(), problem.code(), problem.args(),
                problem.violations(), Locale.ENGLISH);

        assertThat(body.getStatus()).isEqualTo(422);
        assertThat(body.getTitle()).isEqualTo("Unknown indicator");
        assertThat(body.getDetail()).isEqualTo("Indicator ind-x is not known.");
        assertThat(body.getProperties()).containsEntry("code", "unknown-indicator")
                .containsEntry("errors", List.of(Map.of("field", "indicatorId",
                        "message", "indicator ind-x is not known yet")));
    }
}
