package id.pantau.defaults.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The one error handler of every service: each 4xx/5xx becomes {@code application/problem+json} in the
 * caller's language. Malformed JSON, wrong types and unknown enum values are the caller's mistakes (400)
 * and are explained field by field; only a fault of ours is a 500, and it reveals nothing internal.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemFactory problems;

    public ProblemHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem problem, WebRequest request) {
        ProblemDetail body = problem.violations().isEmpty()
                ? problems.create(problem.status(), problem.code(), problem.args(), locale())
                : problems.invalid(problem.status(), problem.code(), problem.args(), problem.violations(), locale());
        return respond(body, request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e, WebRequest request) {
        return respond(problems.create(HttpStatus.CONFLICT, "duplicate", new Object[0], locale()), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentModification(OptimisticLockingFailureException e, WebRequest request) {
        return respond(problems.create(HttpStatus.CONFLICT, "concurrent-modification", new Object[0], locale()), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.web.server.ResponseStatusException) {
            throw e;
        }
        log.error("Unexpected failure on {}", request.getDescription(false), e);
        return respond(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", new Object[0], locale()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<FieldViolation> violations = e.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldViolation(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        error))
                .toList();
        return respond(problems.invalid(HttpStatus.BAD_REQUEST, violations, locale), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<FieldViolation> violations = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldViolation(result.getMethodParameter().getParameterName(), error)))
                .toList();
        return respond(problems.invalid(HttpStatus.BAD_REQUEST, violations, locale), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return respond(problems.invalid(HttpStatus.BAD_REQUEST,
                List.of(typeViolation(field, e.getValue(), e.getRequiredType())), locale()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = jacksonCause(e);
        Locale locale = locale();
        ProblemDetail body;
        if (cause instanceof ValueInstantiationException instantiation) {
            String reason = instantiation.getCause() == null ? instantiation.getOriginalMessage()
                    : instantiation.getCause().getMessage();
            body = problems.invalid(HttpStatus.BAD_REQUEST,
                    List.of(new FieldViolation(path(instantiation), "invalid-value", reason)), locale);
        } else if (cause instanceof InvalidFormatException format) {
            body = problems.invalid(HttpStatus.BAD_REQUEST,
                    List.of(typeViolation(path(format), format.getValue(), format.getTargetType())), locale);
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            body = problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldViolation(path(mismatch), "invalid-type",
                    typeName(mismatch.getTargetType()))), locale);
        } else if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            body = problems.create(HttpStatus.BAD_REQUEST, "malformed-body",
                    new Object[] {((JacksonException) cause).getOriginalMessage()}, locale);
        } else {
            body = problems.create(HttpStatus.BAD_REQUEST, "missing-body", new Object[0], locale);
        }
        return respond(body, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            detail.setProperty("code", "http-" + status.value());
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** The outermost Jackson failure knows the JSON path; its own causes (e.g. a date parse error) do not. */
    private static Throwable jacksonCause(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return e.getCause();
    }

    private FieldViolation typeViolation(String field, Object value, Class<?> target) {
        if (target != null && target.isEnum()) {
            return new FieldViolation(field, "invalid-enum", String.valueOf(value),
                    String.join(", ", Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList()));
        }
        return new FieldViolation(field, "invalid-format", String.valueOf(value), typeName(target));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type.getPackageName().equals("java.time")) {
            return type.getSimpleName().equals("LocalDate") ? "date (yyyy-MM-dd)" : type.getSimpleName();
        }
        return type.getSimpleName();
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private ResponseEntity<Object> respond(ProblemDetail body, WebRequest request) {
        if (body.getInstance() == null && request instanceof org.springframework.web.context.request.ServletWebRequest servlet) {
            body.setInstance(java.net.URI.create(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(body.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
