package id.pantau.defaults.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details in the caller's language. Titles and details come from the message
 * bundles ({@code problem.<code>.title}, {@code problem.<code>}); field errors are listed under
 * {@code errors} as {@code {field, message}}.
 */
public class ProblemFactory {

    public static final String TYPE_PREFIX = "urn:pantau:problem:";

    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatusCode status, String code, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(message("problem." + code + ".title", new Object[0], locale, defaultTitle(status)));
        problem.setDetail(message("problem." + code, args, locale, null));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail invalid(HttpStatusCode status, List<FieldViolation> violations, Locale locale) {
        return invalid(status, "validation-failed", new Object[0], violations, locale);
    }

    public ProblemDetail invalid(HttpStatusCode status, String code, Object[] args, List<FieldViolation> violations,
                                 Locale locale) {
        ProblemDetail problem = create(status, code, args, locale);
        problem.setProperty("errors", violations.stream()
                .map(violation -> Map.of("field", violation.field(),
                        "message", messages.getMessage(violation.message(), locale)))
                .toList());
        return problem;
    }

    private String message(String code, Object[] args, Locale locale, String fallback) {
        return messages.getMessage(code, args, fallback, locale);
    }

    private static String defaultTitle(HttpStatusCode status) {
        return status instanceof org.springframework.http.HttpStatus known ? known.getReasonPhrase() : "Error";
    }
}
