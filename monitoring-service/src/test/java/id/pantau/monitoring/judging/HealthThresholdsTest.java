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
                new HealthThresholds(new BigDecimal("0.8"), new BigDecimal("0.9")));
    }
}
