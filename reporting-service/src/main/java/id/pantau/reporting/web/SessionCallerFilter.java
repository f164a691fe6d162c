package id.pantau.reporting.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For the length of one request of a logged-in session, makes its caller the request's authentication, the same
 * kind an API token gives: {@code Caller.current()} and {@code Scope.current()} then read it as they read a bearer's,
 * also in the report endpoint a download is forwarded to. The session itself keeps the {@link SessionLogin}.
 */
final class SessionCallerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext session = SecurityContextHolder.getContext();
        if (!(session.getAuthentication() instanceof SessionLogin login)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login.caller());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(session);
        }
    }
}
