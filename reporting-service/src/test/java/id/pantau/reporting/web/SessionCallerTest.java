package id.pantau.reporting.web;

import id.pantau.defaults.security.Caller;
import id.pantau.defaults.security.Role;
import id.pantau.events.RegionCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionCallerTest {

    @Test
    void theIdTokensClaimsMakeTheSameCallerAnApiTokenWould() {
        SessionLogin login = SessionCaller.of(idToken(Map.of("roles", List.of("OPD_OPERATOR"), "region", "32.73",
                "opd", "2.18.0.00.0.00.01.0000", "azp", "pantau-dashboard")));

        Caller caller = Caller.from(login.caller().getToken());
        assertThat(caller).isEqualTo(new Caller("http://127.0.0.1:9000", "operator.ptsp", "pantau-dashboard", Set.of(Role.OPD_OPERATOR),
                new RegionCode("32.73"), "2.18.0.00.0.00.01.0000"));
        assertThat(login.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OPD_OPERATOR");
        assertThat(login.isAuthenticated()).isTrue();
        assertThat(login.getName()).isEqualTo("operator.ptsp");
    }

    @Test
    void keycloaksRealmRolesCountAsRoles() {
        SessionLogin login = SessionCaller.of(idToken(Map.of("realm_access", Map.of("roles", List.of("INSPECTOR",
                "offline_access")), "region", "32")));

        assertThat(login.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_INSPECTOR");
    }

    @Test
    void aTokenThatBindsItsPersonNowhereOpensNothing() {
        assertThatThrownBy(() -> SessionCaller.of(idToken(Map.of("roles", List.of("VIEWER")))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> SessionCaller.of(idToken(Map.of("roles", List.of("VIEWER"), "region", "Bandung"))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> SessionCaller.of(idToken(Map.of("roles", List.of("JANITOR"), "region", "32.73"))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> SessionCaller.of(idToken(Map.of("roles", List.of("OPD_OPERATOR"), "region", "32.73"))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("opd");
    }

    private static OidcIdToken idToken(Map<String, Object> binding) {
        Map<String, Object> claims = new HashMap<>(binding);
        claims.put("sub", "operator.ptsp");
        claims.put("iss", "http://127.0.0.1:9000");
        return new OidcIdToken("token-value", Instant.parse("2026-06-30T05:00:00Z"),
                Instant.parse("2026-06-30T05:30:00Z"), claims);
    }
}
