package id.pantau.defaults.security;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.RegionCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeTest {

    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";

    private static Scope scope(String region, String opd, Role... roles) {
        return new Scope(new Caller("http://127.0.0.1:9000", "subject", "client", Set.of(roles), new RegionCode(region), opd));
    }

    @Test
    void aProvinceCallerReadsTheProvinceAndItsKabupatenKotaButNotAnotherProvince() {
        for (Role role : new Role[] {Role.PROVINCE_ADMIN, Role.INSPECTOR, Role.VIEWER}) {
            Scope province = scope("32", null, role);
            assertThat(province.canRead("32")).isTrue();
            assertThat(province.canRead("32.73")).isTrue();
            assertThat(province.canRead("32.04")).isTrue();
            assertThat(province.canRead("33.74")).isFalse();
            assertThat(province.canRead("3")).isFalse();
        }
    }

    @Test
    void aKabupatenKotaCallerReadsOnlyItsRegion() {
        Scope kota = scope("32.73", null, Role.INSPECTOR);

        assertThat(kota.canRead("32.73")).isTrue();
        assertThat(kota.canRead("32")).isFalse();
        assertThat(kota.canRead("32.04")).isFalse();
        assertThat(kota.canRead(null)).isFalse();
    }

    @Test
    void anOpdOperatorOfAProvinceOpdReadsOnlyTheProvinceItself() {
        Scope provincialOpd = scope("32", PTSP, Role.OPD_OPERATOR);

        assertThat(provincialOpd.canRead("32")).isTrue();
        assertThat(provincialOpd.canRead("32.73")).isFalse();
    }

    @Test
    void theReadCriteriaAreAnAnchoredPrefixForAProvinceAndEqualityForARegion() {
        assertThat(scope("32", null, Role.VIEWER).readable("regionCode").getCriteriaObject().toJson())
                .contains("\\\\Q32\\\\E(\\\\.|$)");
        assertThat(scope("32.73", null, Role.VIEWER).readable("regionCode").getCriteriaObject().get("regionCode"))
                .isEqualTo("32.73");
    }

    @Test
    void writesFollowTheRole() {
        assertThat(scope("32", null, Role.PROVINCE_ADMIN).canWrite("32.04", PTSP)).isTrue();
        assertThat(scope("32.73", null, Role.REGION_ADMIN).canWrite("32.73", PTSP)).isTrue();
        assertThat(scope("32.73", null, Role.INSPECTOR).canWrite("32.73", null)).isTrue();
        assertThat(scope("32", null, Role.REGION_ADMIN).canWrite("32.73", null))
                .as("a province's region admin administers the province's own data only").isFalse();
        assertThat(scope("32.73", PTSP, Role.OPD_OPERATOR).canWrite("32.73", PTSP)).isTrue();
        assertThat(scope("32.73", PTSP, Role.OPD_OPERATOR).canWrite("32.73", DISKOMINFO)).isFalse();
        assertThat(scope("32.73", PTSP, Role.OPD_OPERATOR).canWrite("32.73", null)).isFalse();
        assertThat(scope("32.73", null, Role.VIEWER).canWrite("32.73", null)).isFalse();
    }

    @Test
    void aWriteOutsideWhatTheCallerReadsIs404AndInsideButNotAllowedIs403() {
        Scope operator = scope("32.73", PTSP, Role.OPD_OPERATOR);

        assertThatThrownBy(() -> operator.checkWrite("32.04", PTSP))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status().value()).isEqualTo(404));
        assertThatThrownBy(() -> operator.checkWrite("32.73", DISKOMINFO))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(403);
                    assertThat(problem.code()).isEqualTo("out-of-scope");
                });
        operator.checkWrite("32.73", PTSP);
    }
}
