package id.pantau.monitoring.web;

import id.pantau.defaults.problem.ProblemFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;

/** Writes a {@link FieldProblem} as problem+json with its own code and title plus the {@code errors} list. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldProblemHandler {

    private final ProblemFactory problems;
    private final MessageSource messages;

    FieldProblemHandler(ProblemFactory problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(FieldProblem.class)
    ResponseEntity<ProblemDetail> fieldProblem(FieldProblem problem, NativeWebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = problems.create(problem.status(), problem.code(), problem.args(), locale);
        body.setProperty("errors", problem.violations().stream()
                .map(violation -> Map.of("field", violation.field(),
                        "message", messages.getMessage(violation.message(), locale)))
                .toList());
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        if (servlet != null) {
            body.setInstance(URI.create(servlet.getRequestURI()));
        }
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
