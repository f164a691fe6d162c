package id.pantau.reporting.region;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCodeTest {

    @Test
    void aProvinceHasTwoDigitsAndAKabupatenOrKotaFourWithADot() {
        assertThat(RegionCode.parse("32")).hasValueSatisfying(code -> assertThat(code.isProvince()).isTrue());
        assertThat(RegionCode.parse("32.73")).hasValueSatisfying(code -> assertThat(code.isProvince()).isFalse());
        assertThat(RegionCode.parse("32.04")).map(RegionCode::value).hasValue("32.04");
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(RegionCode.parse(" 32.73 ")).map(RegionCode::value).hasValue("32.73");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "327", "32.7", "32.731", "32-73", "abc", "00", "09", "32.00", "32.70", "32.73.01"})
    void refusesWhatIsNotAKemendagriCode(String text) {
        assertThat(RegionCode.parse(text)).isEmpty();
    }
}
