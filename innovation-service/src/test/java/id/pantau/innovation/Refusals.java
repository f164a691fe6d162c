package id.pantau.innovation;

import id.pantau.defaults.problem.ApiProblem;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/** Reads what a domain rule refused: each violation as {@code field: message-code}. */
public final class Refusals {

    private Refusals() {
    }

    public static List<String> of(Runnable action) {
        try {
            action.run();
        } catch (ApiProblem problem) {
            return problem.violations().stream()
                    .map(violation -> violation.field() + ": " + violation.message().getCodes()[0])
                    .toList();
        }
        return fail("expected the rules to refuse the request");
    }
}
