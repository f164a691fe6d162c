package id.pantau.reporting.progress;

import id.pantau.events.IndicatorHealth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTodayTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @Test
    void beforeTheDeadlineTheJudgementOfTheLatestPeriodStands() {
        assertThat(HealthToday.of(IndicatorHealth.BEHIND, DEADLINE, DEADLINE)).isEqualTo(IndicatorHealth.BEHIND);
        assertThat(HealthToday.of(IndicatorHealth.ON_TRACK, DEADLINE, LocalDate.of(2026, 3, 1)))
                .isEqualTo(IndicatorHealth.ON_TRACK);
    }

    @Test
    void aDeadlinePassedUnmetIsMissedWhateverTheLastPeriodSaid() {
        assertThat(HealthToday.of(IndicatorHealth.ON_TRACK, DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(IndicatorHealth.MISSED);
        assertThat(HealthToday.of(IndicatorHealth.ACHIEVED, DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(IndicatorHealth.ACHIEVED);
    }

    @Test
    void neverMeasuredIsNoDataUntilTheDeadlinePasses() {
        assertThat(HealthToday.of(null, DEADLINE, DEADLINE)).isEqualTo(IndicatorHealth.NO_DATA);
        assertThat(HealthToday.of(null, DEADLINE, DEADLINE.plusDays(1))).isEqualTo(IndicatorHealth.MISSED);
        assertThat(HealthToday.of(IndicatorHealth.ON_TRACK, null, DEADLINE.plusYears(5)))
                .isEqualTo(IndicatorHealth.ON_TRACK);
    }
}
