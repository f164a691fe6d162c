package id.pantau.testing;

import java.util.List;

/**
 * A caller of the tests' {@link TestIssuer}: its roles and where it is bound. The subject is opaque, as in
 * production tokens.
 */
public record TestCaller(String subject, String client, List<String> roles, String region, String opd) {

    public static TestCaller of(String role, String region, String opd) {
        String subject = "test-" + role.toLowerCase() + "-" + region + (opd == null ? "" : "-" + opd);
        return new TestCaller(subject, "test-" + role.toLowerCase(), List.of(role), region, opd);
    }

    public static TestCaller provinceAdmin(String province) {
        return of("PROVINCE_ADMIN", province, null);
    }

    public static TestCaller regionAdmin(String region) {
        return of("REGION_ADMIN", region, null);
    }

    public static TestCaller opdOperator(String region, String opd) {
        return of("OPD_OPERATOR", region, opd);
    }

    public static TestCaller inspector(String region) {
        return of("INSPECTOR", region, null);
    }

    public static TestCaller verifier(String region) {
        return of("VERIFIER", region, null);
    }

    public static TestCaller viewer(String region) {
        return of("VIEWER", region, null);
    }
}
