package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorHealth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthThresholdsTest {

    @ParameterizedTest
    @CsvSource({"1.5, ON_TRACK", "0.95, ON_TRACK", "0.9499, BEHIND", "0.85, BEHIND", "0.8499, AT_RISK",
            "-1, AT_RISK"})
    void onTrackFromNinetyFivePercentBehindFromEightyFiveAtRiskBelow(String progress, IndicatorHealth health) {
        assertThat(HealthThresholds.DEFAULTS.of(new BigDecimal(progress))).isEqualTo(health);
    }

    @Test
    void refusesABehindThresholdAboveOnTrack() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new HealthThresholds(new BigDecimal("0.8"), new BigDecimal("0.9"), new BigDecimal("0.05")));
    }

    @ParameterizedTest
    @CsvSource({"AT_RISK, 0.89, AT_RISK", "AT_RISK, 0.90, BEHIND", "AT_RISK, 0.99, BEHIND", "AT_RISK, 1.00, ON_TRACK",
            "BEHIND, 0.95, BEHIND", "BEHIND, 0.9999, BEHIND", "BEHIND, 1.00, ON_TRACK", "BEHIND, 0.80, AT_RISK",
            "ON_TRACK, 0.95, ON_TRACK", "ON_TRACK, 0.94, BEHIND", "ACHIEVED, 0.96, ON_TRACK"})
    void aWorseHealthIsLeftOnlyOnceProgressClearsItsThresholdByTheMargin(IndicatorHealth before, String progress,
                                                                         IndicatorHealth after) {
        assertThat(HealthThresholds.DEFAULTS.of(new BigDecimal(progress), before)).isEqualTo(after);
    }
}
