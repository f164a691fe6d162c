package id.pantau.defaults.security;

import id.pantau.events.RegionCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from a validated token: the issuer of the token and the opaque subject id (a subject is unique
 * only per issuer when several are trusted), the client that asked for the token, the
 * roles, and where the caller is bound (a Kemendagri region code and, for an OPD, the OPD code). Nothing
 * else of the token (no name, no email) is kept, so nothing personal travels into audit records or logs.
 */
public record Caller(String issuer, String subject, String client, Set<Role> roles, RegionCode region, String opd) {

    static final String ROLES = "roles";
    static final String REGION = "region";
    static final String OPD = "opd";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller of the current request; fails when there is none, which the security chain rules out on /api. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return from(token.getToken());
        }
        throw new IllegalStateException("no authenticated caller in this thread");
    }

    /** Reads a token whose claims {@link CallerClaimsValidator} accepted. */
    public static Caller from(Jwt jwt) {
        String opd = jwt.getClaimAsString(OPD);
        return new Caller(jwt.getClaimAsString(JwtClaimNames.ISS), jwt.getSubject(), client(jwt), roles(jwt), new RegionCode(jwt.getClaimAsString(REGION)),
                opd == null || opd.isBlank() ? null : opd);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles of a token: its {@code roles} claim and Keycloak's {@code realm_access.roles}; unknown names are ignored. */
    static Set<Role> roles(Jwt jwt) {
        List<Object> names = new ArrayList<>();
        addAll(names, jwt.getClaims().get(ROLES));
        if (jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess) {
            addAll(names, realmAccess.get("roles"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> Role.named(String.valueOf(name)).ifPresent(roles::add));
        return roles;
    }

    private static void addAll(List<Object> names, Object claim) {
        if (claim instanceof Collection<?> values) {
            names.addAll(values);
        } else if (claim instanceof String value) {
            names.addAll(List.of(value.split("[ ,]+")));
        }
    }

    /** Keycloak names the client in {@code azp}; RFC 9068 tokens in {@code client_id}. */
    private static String client(Jwt jwt) {
        String client = jwt.getClaimAsString("client_id");
        return client != null ? client : jwt.getClaimAsString("azp");
    }
}
