package id.pantau.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.InnovationRegistered;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkIndicatorsTest {

    private final BenchmarkIndicators indicators = new BenchmarkIndicators("run1");

    @Test
    void tenIndicatorsToAnInnovationWithIdsTheBatchesName() {
        List<InnovationRegistered> events = indicators.registrations("load", 25);

        assertThat(events).hasSize(3);
        assertThat(events.get(2).indicators()).hasSize(5);
        assertThat(events.get(1).innovationId()).isEqualTo(indicators.innovationId("load", 1));
        assertThat(events.get(1).indicators().get(3).indicatorId()).isEqualTo(indicators.indicatorId("load", 13));
    }

    @Test
    void onTrajectoryIsTheLinearExpectedValueAtTheEndOfTheMonth() {
        // 10 − 5 · 30/364 = 9.588...
        assertThat(BenchmarkIndicators.onTrajectory(YearMonth.of(2026, 1))).isEqualByComparingTo(new BigDecimal("9.58"));
        // 10 − 5 · 180/364 = 7.527...
        assertThat(BenchmarkIndicators.onTrajectory(YearMonth.of(2026, 6))).isEqualByComparingTo(new BigDecimal("7.52"));
    }
}
