package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoClientTest {

    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";

    @Test
    void anOpdsOwnOperatorWritesForItInItsOwnRegionOnly() {
        assertThat(DemoClient.writerFor("32.73", PTSP)).isEqualTo(DemoClient.OPD_PTSP);
        assertThat(DemoClient.writerFor("32.04", PTSP)).isEqualTo(DemoClient.OPD_PTSP_KAB_BANDUNG);
    }

    @Test
    void withoutAnOperatorTheRegionsAdminWritesAndWithoutOneTheProvinceAdmin() {
        assertThat(DemoClient.writerFor("32.73", DISKOMINFO)).isEqualTo(DemoClient.REGION_ADMIN);
        assertThat(DemoClient.writerFor("32.79", DISKOMINFO)).isEqualTo(DemoClient.PROVINCE_ADMIN);
        assertThat(DemoClient.adminOf("32")).isEqualTo(DemoClient.PROVINCE_ADMIN);
    }

    @Test
    void noDemoClientActsOutsideJawaBarat() {
        assertThatThrownBy(() -> DemoClient.adminOf("33.74")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoClient.provinceAdminOf("321")).isInstanceOf(IllegalArgumentException.class);
    }
}
