package id.pantau.monitoring.web;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.FieldViolation;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal with its own problem code that still names the offending field. The shared handler reports every
 * problem with field errors as {@code validation-failed}; {@link FieldProblemHandler} keeps the code.
 */
public class FieldProblem extends ApiProblem {

    public FieldProblem(HttpStatus status, String code, FieldViolation violation, Object... args) {
        super(status, code, List.of(violation), args);
    }
}
