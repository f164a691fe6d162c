package id.pantau.defaults.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the API explains to its caller: the status, a stable problem code (which names the message
 * {@code problem.<code>} in the bundles) with its arguments, and, for invalid input, the offending fields.
 * Thrown before anything is written, so a refused request leaves no partial write.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldViolation> violations;

    public ApiProblem(HttpStatus status, String code, List<FieldViolation> violations, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    public static ApiProblem notFound(String code, Object... args) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, List.of(), args);
    }

    /** A caller that may see the resource but not do this to it. */
    public static ApiProblem forbidden(String code, Object... args) {
        return new ApiProblem(HttpStatus.FORBIDDEN, code, List.of(), args);
    }

    public static ApiProblem conflict(String code, Object... args) {
        return new ApiProblem(HttpStatus.CONFLICT, code, List.of(), args);
    }

    public static ApiProblem preconditionFailed(String code, Object... args) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, code, List.of(), args);
    }

    /** Input that is well formed but breaks a rule of the domain, field by field. */
    public static ApiProblem invalid(List<FieldViolation> violations) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation-failed", violations);
    }

    public static ApiProblem invalid(String field, String messageCode, Object... args) {
        return invalid(List.of(new FieldViolation(field, messageCode, args)));
    }

    /**
     * Well-formed input the service cannot process yet or at all (422), e.g. a measurement of an indicator
     * this service has not heard of; the field says which input. {@code args} fill both the field's message
     * and the problem's detail ({@code problem.<code>}).
     */
    public static ApiProblem unprocessable(String code, String field, String messageCode, Object... args) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, code, List.of(new FieldViolation(field, messageCode, args)),
                args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
