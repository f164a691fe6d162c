package id.pantau.monitoring.judging;

import static id.pantau.events.Severity.AMBER;
import static id.pantau.events.Severity.RED;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** With τ = 0.10: amber below 0.90, red below 0.80, red → amber from 0.85, recovery from 0.95. */
class BehindTrajectoryTest {

    private static final Tolerance TEN_PERCENT = Tolerance.of("0.10");

    @Test
    void onTrackStaysOnTrackDownToOneMinusTolerance() {
        assertThat(severity("1.2", null)).isNull();
        assertThat(severity("0.90", null)).isNull();
    }

    @Test
    void entersAmberBelowOneMinusTolerance() {
        assertThat(severity("0.8999", null)).isEqualTo(AMBER);
        assertThat(severity("0.80", null)).isEqualTo(AMBER);
    }

    @Test
    void entersRedBelowOneMinusTwiceTheTolerance() {
        assertThat(severity("0.7999", null)).isEqualTo(RED);
        assertThat(severity("-0.5", null)).isEqualTo(RED);
    }

    @Test
    void amberTurnsRedBelowOneMinusTwiceTheTolerance() {
        assertThat(severity("0.7999", AMBER)).isEqualTo(RED);
    }

    @Test
    void amberDoesNotTurnRedAgainstTheHysteresisDirection() {
        assertThat(severity("0.82", AMBER)).isEqualTo(AMBER);
    }

    @Test
    void amberRecoversOnlyFromOneMinusHalfTheTolerance() {
        assertThat(severity("0.90", AMBER)).isEqualTo(AMBER);
        assertThat(severity("0.9499", AMBER)).isEqualTo(AMBER);
        assertThat(severity("0.95", AMBER)).isNull();
    }

    @Test
    void redStaysRedUntilItClearsTheRedThresholdByHalfTheTolerance() {
        assertThat(severity("0.80", RED)).isEqualTo(RED);
        assertThat(severity("0.8499", RED)).isEqualTo(RED);
    }

    @Test
    void redTurnsAmberOnceClearOfTheRedThresholdByHalfTheTolerance() {
        assertThat(severity("0.85", RED)).isEqualTo(AMBER);
        assertThat(severity("0.9499", RED)).isEqualTo(AMBER);
    }

    @Test
    void redRecoversStraightAwayFromOneMinusHalfTheTolerance() {
        assertThat(severity("0.95", RED)).isNull();
        assertThat(severity("1.2135", RED)).isNull();
    }

    @Test
    void aWiderRegionalToleranceMovesEveryThreshold() {
        Tolerance wide = Tolerance.of("0.20");

        assertThat(BehindTrajectory.severity(new BigDecimal("0.81"), null, wide)).isNull();
        assertThat(BehindTrajectory.severity(new BigDecimal("0.79"), null, wide)).isEqualTo(AMBER);
        assertThat(BehindTrajectory.severity(new BigDecimal("0.59"), null, wide)).isEqualTo(RED);
        assertThat(BehindTrajectory.severity(new BigDecimal("0.89"), AMBER, wide)).isEqualTo(AMBER);
        assertThat(BehindTrajectory.severity(new BigDecimal("0.90"), AMBER, wide)).isNull();
    }

    private static Severity severity(String progress, Severity previous) {
        return BehindTrajectory.severity(new BigDecimal(progress), previous, TEN_PERCENT);
    }
}
