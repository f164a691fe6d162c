package id.pantau.reporting.web;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A dashboard login as the session keeps it. Spring Security never stores a bearer-token authentication in a session
 * ({@code JwtAuthenticationToken} is transient), so the session holds this, and {@link SessionCallerFilter} hands its
 * {@link #caller()} to each request of the session.
 */
final class SessionLogin extends AbstractAuthenticationToken {

    private final JwtAuthenticationToken caller;

    SessionLogin(JwtAuthenticationToken caller) {
        super(caller.getAuthorities());
        this.caller = caller;
        setAuthenticated(true);
    }

    JwtAuthenticationToken caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller.getName();
    }
}
