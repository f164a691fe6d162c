package id.pantau.reporting.web;

import id.pantau.defaults.security.Caller;
import id.pantau.defaults.security.Role;
import id.pantau.events.RegionCode;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller of a dashboard session, from the validated ID token of its login: the same {@link Caller} (roles,
 * region, OPD) an API token gives, as the same kind of authentication (kept in the session by {@link SessionLogin}),
 * so that the report queries apply the same {@code Scope} to a person on the dashboard as to a bearer of a token. A
 * login whose token binds its person nowhere (no known role, no valid region, an OPD operator without OPD) opens
 * nothing.
 */
final class SessionCaller {

    private SessionCaller() {
    }

    static SessionLogin of(OidcIdToken idToken) {
        Jwt jwt = Jwt.withTokenValue(idToken.getTokenValue())
                .header("typ", "JWT")
                .claims(claims -> claims.putAll(idToken.getClaims()))
                .issuedAt(idToken.getIssuedAt())
                .expiresAt(idToken.getExpiresAt())
                .build();
        Caller caller = validated(jwt);
        Collection<GrantedAuthority> authorities = caller.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new SessionLogin(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    private static Caller validated(Jwt jwt) {
        if (jwt.getSubject() == null || RegionCode.parse(jwt.getClaimAsString("region")).isEmpty()) {
            throw refused("region");
        }
        Caller caller = Caller.from(jwt);
        if (caller.roles().isEmpty()) {
            throw refused("roles");
        }
        if (caller.has(Role.OPD_OPERATOR) && caller.opd() == null) {
            throw refused("opd");
        }
        return caller;
    }

    private static OAuth2AuthenticationException refused(String claim) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The ID token lacks or has an invalid claim: " + claim, null));
    }
}
