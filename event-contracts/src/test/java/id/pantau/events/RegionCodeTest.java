package id.pantau.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    private static final RegionCode JAWA_BARAT = new RegionCode("32");

    @Test
    void twoDigitsAreAProvinceThatIsItsOwnProvince() {
        RegionCode jawaBarat = RegionCode.parse("32").orElseThrow();

        assertThat(jawaBarat.level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(jawaBarat.isProvince()).isTrue();
        assertThat(jawaBarat.province()).isEqualTo(jawaBarat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "32", "99"})
    void provinceNumbersRunFromAcehElevenToNinetyNine(String code) {
        assertThat(RegionCode.parse(code)).map(RegionCode::level).hasValue(RegionLevel.PROVINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"32.01", "32.04", "32.69"})
    void kabupatenNumbersOneToSixtyNineAreRegenciesOfTheirProvince(String code) {
        RegionCode regency = RegionCode.parse(code).orElseThrow();

        assertThat(regency.level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(regency.isProvince()).isFalse();
        assertThat(regency.province()).isEqualTo(JAWA_BARAT);
        assertThat(regency.value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"32.71", "32.73", "32.99"})
    void kotaNumbersSeventyOneToNinetyNineAreCitiesOfTheirProvince(String code) {
        RegionCode city = RegionCode.parse(code).orElseThrow();

        assertThat(city.level()).isEqualTo(RegionLevel.CITY);
        assertThat(city.isProvince()).isFalse();
        assertThat(city.province()).isEqualTo(JAWA_BARAT);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "3", "320", "327", "10", "09", "00", "32.00", "32.70", "32.7", "32.730", "32.731",
            "32-73", "32.73.01", " 32", " 32.73 ", "3a", "32.7a", "abc", "jabar"})
    void anythingElseIsNoRegionCode(String text) {
        assertThat(RegionCode.parse(text)).isEmpty();
        assertThatThrownBy(() -> new RegionCode(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProvinceCoversItselfAndItsKabupatenKotaButNoOtherProvince() {
        assertThat(JAWA_BARAT.covers(JAWA_BARAT)).isTrue();
        assertThat(JAWA_BARAT.covers(new RegionCode("32.04"))).isTrue();
        assertThat(JAWA_BARAT.covers(new RegionCode("32.73"))).isTrue();
        assertThat(JAWA_BARAT.covers(new RegionCode("33"))).isFalse();
        assertThat(JAWA_BARAT.covers(new RegionCode("33.73"))).isFalse();
    }

    @Test
    void aKabupatenOrKotaCoversOnlyItself() {
        RegionCode bandung = new RegionCode("32.73");

        assertThat(bandung.covers(bandung)).isTrue();
        assertThat(bandung.covers(new RegionCode("32.73"))).isTrue();
        assertThat(bandung.covers(new RegionCode("32.71"))).isFalse();
        assertThat(bandung.covers(JAWA_BARAT)).isFalse();
    }

    @Test
    void thePatternForBeanValidationStatesTheSameRule() {
        Pattern pattern = Pattern.compile(RegionCode.PATTERN);
        List<String> candidates = new ArrayList<>();
        for (int province = 0; province < 100; province++) {
            candidates.add("%02d".formatted(province));
            for (int local = 0; local < 100; local++) {
                candidates.add("%02d.%02d".formatted(province, local));
            }
        }

        assertThat(candidates).allSatisfy(candidate -> assertThat(pattern.matcher(candidate).matches())
                .as(candidate).isEqualTo(RegionCode.parse(candidate).isPresent()));
        assertThat(candidates.stream().filter(candidate -> RegionCode.parse(candidate).isPresent()))
                .hasSize(89 + 89 * 98);
    }
}
