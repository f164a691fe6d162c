package id.pantau.defaults.security;

import java.util.Optional;

/**
 * What a caller may do, read from the token's {@code roles} claim or Keycloak's {@code realm_access.roles}.
 * Where it may do it is the token's {@code region} (and {@code opd}) claim: see {@link Scope}.
 */
public enum Role {
    /** Administers the province and every kabupaten/kota under it. */
    PROVINCE_ADMIN,
    /** Administers one region: its OPDs, innovations and recipients. */
    REGION_ADMIN,
    /** An OPD's operator or system: registers and reports for its own OPD only. */
    OPD_OPERATOR,
    /** The inspectorate (Inspektorat): reads its region and follows up alerts. */
    INSPECTOR,
    /** Bappeda's verifier of innovation data: reads its region and follows up alerts. */
    VERIFIER,
    /** Reads reports and dashboards; changes nothing. */
    VIEWER;

    /** The Spring Security authority of this role, as {@code hasRole} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a claim value names (case-insensitive), or empty for a role this platform does not know. */
    public static Optional<Role> named(String value) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
