package id.pantau.defaults.security;

import id.pantau.defaults.problem.ProblemFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trusted issuer whose discovery document or keys cannot be fetched yet (it is starting, or unreachable) makes
 * the token undecidable, not invalid: the caller gets 503 with Retry-After and the decoder tries again on the
 * next request, instead of a 500 or a misleading 401.
 */
final class IssuerUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IssuerUnavailableFilter.class);

    private final ProblemFactory problems;
    private final JsonMapper json;

    IssuerUnavailableFilter(ProblemFactory problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (JwtDecoderInitializationException unavailable) {
            log.warn("Token issuer unavailable, answered 503: {}", rootMessage(unavailable));
            if (response.isCommitted()) {
                throw unavailable;
            }
            ProblemDetail problem = problems.create(HttpStatus.SERVICE_UNAVAILABLE, "issuer-unavailable", new Object[0],
                    LocaleContextHolder.getLocale());
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
