package id.pantau.defaults.web;

import id.pantau.defaults.problem.ProblemFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over {@code pantau.http.max-body-size} with 413 before they are read, so an oversized
 * JSON or CSV upload costs the service nothing. Multipart uploads have their own limit in Spring.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;
    private final ProblemFactory problems;
    private final JsonMapper json;

    public BodySizeLimitFilter(DataSize limit, ProblemFactory problems, JsonMapper json) {
        this.limit = limit;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            ProblemDetail problem = problems.create(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    new Object[] {limit.toKilobytes()}, LocaleContextHolder.getLocale());
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
