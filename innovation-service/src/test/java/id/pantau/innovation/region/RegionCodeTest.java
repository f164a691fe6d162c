package id.pantau.innovation.region;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @Test
    void twoDigitsAreAProvinceWithoutParent() {
        RegionCode jawaBarat = RegionCode.parse("32").orElseThrow();

        assertThat(jawaBarat.level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(jawaBarat.province()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"32.01", "32.04", "32.69"})
    void kabupatenNumbersOneToSixtyNineAreRegenciesOfTheirProvince(String code) {
        RegionCode regency = RegionCode.parse(code).orElseThrow();

        assertThat(regency.level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(regency.province()).contains(new RegionCode("32"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32.71", "32.73", "32.99"})
    void kotaNumbersSeventyOneToNinetyNineAreCitiesOfTheirProvince(String code) {
        RegionCode city = RegionCode.parse(code).orElseThrow();

        assertThat(city.level()).isEqualTo(RegionLevel.CITY);
        assertThat(city.province()).contains(new RegionCode("32"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "320", "10", "00", "32.00", "32.70", "32.7", "32.730", "32-73", "32.73.01",
            " 32", "3a", "32.7a"})
    void anythingElseIsNoRegionCode(String text) {
        assertThat(RegionCode.parse(text)).isEmpty();
        assertThatThrownBy(() -> new RegionCode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
