package id.pantau.local;

import java.util.Arrays;
import java.util.Optional;

/**
 * The machine clients of the demo authorization server ({@code deploy/auth-server}, demo-identities.yml), with the
 * region and OPD their tokens are bound to: the demo data and the system tests pick the client that may make each
 * call. All share the public secret {@value #SECRET}.
 */
public enum DemoClient {
    PROVINCE_ADMIN("province-admin", "PROVINCE_ADMIN", "32", null),
    REGION_ADMIN("region-admin", "REGION_ADMIN", "32.73", null),
    OPD_PTSP("opd-ptsp", "OPD_OPERATOR", "32.73", "2.18.0.00.0.00.01.0000"),
    /** The same OPD code in another kabupaten: the caller that must not see Kota Bandung's data. */
    OPD_PTSP_KAB_BANDUNG("opd-ptsp-kab-bandung", "OPD_OPERATOR", "32.04", "2.18.0.00.0.00.01.0000"),
    INSPECTOR("inspector", "INSPECTOR", "32.73", null),
    VIEWER("viewer", "VIEWER", "32.73", null),
    VERIFIER_BAPPEDA("verifier-bappeda", "VERIFIER", "32.73", null);

    /** Demo value only, like every identity of the local authorization server. */
    public static final String SECRET = "demo-secret";

    private final String id;
    private final String role;
    private final String region;
    private final String opd;

    DemoClient(String id, String role, String region, String opd) {
        this.id = id;
        this.role = role;
        this.region = region;
        this.opd = opd;
    }

    /** The client id, e.g. {@code opd-ptsp}. */
    public String id() {
        return id;
    }

    /** Its one role, e.g. {@code OPD_OPERATOR}. */
    public String role() {
        return role;
    }

    /** The Kemendagri code in its tokens' {@code region} claim. */
    public String region() {
        return region;
    }

    /** The OPD code in its tokens' {@code opd} claim, or null for a caller not bound to one OPD. */
    public String opd() {
        return opd;
    }

    /** The province admin over a region (the province itself or one of its kabupaten/kota). */
    public static DemoClient provinceAdminOf(String regionCode) {
        String province = PROVINCE_ADMIN.region;
        if (!regionCode.equals(province) && !regionCode.startsWith(province + ".")) {
            throw new IllegalArgumentException("No demo province admin for region " + regionCode);
        }
        return PROVINCE_ADMIN;
    }

    /** The region's own admin where the demo has one, else the province admin over it. */
    public static DemoClient adminOf(String regionCode) {
        return REGION_ADMIN.region.equals(regionCode) ? REGION_ADMIN : provinceAdminOf(regionCode);
    }

    /** The operator of that OPD where the demo has one, else the region's admin. */
    public static DemoClient writerFor(String regionCode, String opdCode) {
        return operatorOf(regionCode, opdCode).orElseGet(() -> adminOf(regionCode));
    }

    private static Optional<DemoClient> operatorOf(String regionCode, String opdCode) {
        return Arrays.stream(values())
                .filter(client -> client.opd != null && client.region.equals(regionCode) && client.opd.equals(opdCode))
                .findFirst();
    }
}
