package id.pantau.defaults.security;

import java.util.Arrays;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's table of which roles may call which of its endpoints, e.g.
 * {@code api.requestMatchers(POST, "/api/v1/innovations").hasAnyRole(roles(PROVINCE_ADMIN, OPD_OPERATOR))}.
 * An {@code /api/**} endpoint with no rule is denied to everyone, so a new endpoint is closed until its rule is
 * written. Where in the region tree a caller may act is {@link Scope}'s business, not this table's.
 */
@FunctionalInterface
public interface ApiAuthorization {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api);

    /** Role names as {@code hasAnyRole} takes them. */
    static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

    /** Every role: reading endpoints that each caller may use within its scope. */
    static String[] anyRole() {
        return roles(Role.values());
    }
}
