package id.pantau.notification.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @Test
    void aProvinceOrAKabupatenKotaCodeIsValid() {
        assertThat(RegionCode.isValid("32")).isTrue();
        assertThat(RegionCode.isValid("32.73")).isTrue();
        assertThat(RegionCode.isValid("32.04")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(RegionCode.isValid(null)).isFalse();
        assertThat(RegionCode.isValid("")).isFalse();
        assertThat(RegionCode.isValid("3")).isFalse();
        assertThat(RegionCode.isValid("32.7")).isFalse();
        assertThat(RegionCode.isValid("32.73.01")).isFalse();
        assertThat(RegionCode.isValid("00")).isFalse();
        assertThat(RegionCode.isValid("32.00")).isFalse();
        assertThat(RegionCode.isValid("32-73")).isFalse();
        assertThatThrownBy(() -> new RegionCode("jabar")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegionBelongsToTheProvinceOfItsFirstTwoDigits() {
        assertThat(new RegionCode("32.73").province()).isEqualTo("32");
        assertThat(new RegionCode("32.73").isProvince()).isFalse();
        assertThat(new RegionCode("32").province()).isEqualTo("32");
        assertThat(new RegionCode("32").isProvince()).isTrue();
    }
}
