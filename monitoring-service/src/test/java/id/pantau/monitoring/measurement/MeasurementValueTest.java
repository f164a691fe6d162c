package id.pantau.monitoring.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.IndicatorKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementValueTest {

    @Test
    void aNumberIsReadWithADotOrAnIndonesianDecimalComma() {
        assertThat(MeasurementValue.read("7.5", IndicatorKind.TREND)).contains(new BigDecimal("7.5"));
        assertThat(MeasurementValue.read(" 7,5 ", IndicatorKind.TREND)).contains(new BigDecimal("7.5"));
        assertThat(MeasurementValue.read("-2", IndicatorKind.BOUND)).contains(new BigDecimal("-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"done", "Selesai", "sudah", "YES", "true", "1"})
    void aMilestoneDoneIsOne(String text) {
        assertThat(MeasurementValue.read(text, IndicatorKind.MILESTONE)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not done", "belum", "Belum Selesai", "no", "false", "0"})
    void aMilestoneNotDoneIsZero(String text) {
        assertThat(MeasurementValue.read(text, IndicatorKind.MILESTONE)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"done", "sembilan", "1.234,5", "", "  "})
    void aWordOrAMalformedNumberIsNoValueOfATrend(String text) {
        assertThat(MeasurementValue.read(text, IndicatorKind.TREND)).isEmpty();
    }
}
