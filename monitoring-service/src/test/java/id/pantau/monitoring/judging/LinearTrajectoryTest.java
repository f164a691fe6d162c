package id.pantau.monitoring.judging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LinearTrajectoryTest {

    private final LinearTrajectory serviceTime = new LinearTrajectory(new BigDecimal("10"), new BigDecimal("5"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

    @Test
    void movesFromBaselineTowardsTargetByTheElapsedShareOfDays() {
        assertThat(expected(serviceTime, 2026, 1, 31)).isEqualByComparingTo("9.1667");
        assertThat(expected(serviceTime, 2026, 3, 31)).isEqualByComparingTo("7.5278");
    }

    @Test
    void isTheBaselineAtTheStartAndTheTargetAtTheDeadline() {
        assertThat(expected(serviceTime, 2026, 1, 1)).isEqualByComparingTo("10");
        assertThat(expected(serviceTime, 2026, 6, 30)).isEqualByComparingTo("5");
    }

    @Test
    void staysAtTheBaselineBeforeTheStartAndAtTheTargetAfterTheDeadline() {
        assertThat(expected(serviceTime, 2025, 12, 31)).isEqualByComparingTo("10");
        assertThat(expected(serviceTime, 2026, 12, 31)).isEqualByComparingTo("5");
    }

    @Test
    void risesForAHigherIsBetterIndicator() {
        LinearTrajectory coverage = new LinearTrajectory(new BigDecimal("20"), new BigDecimal("80"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

        assertThat(expected(coverage, 2026, 3, 31)).isEqualByComparingTo("49.6667");
    }

    @Test
    void isTheTargetWhenTheDeadlineIsNotAfterTheStart() {
        LinearTrajectory sameDay = new LinearTrajectory(new BigDecimal("10"), new BigDecimal("5"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));

        assertThat(expected(sameDay, 2026, 1, 1)).isEqualByComparingTo("5");
    }

    private static BigDecimal expected(LinearTrajectory trajectory, int year, int month, int day) {
        return trajectory.expectedAt(LocalDate.of(year, month, day)).setScale(4, RoundingMode.HALF_UP);
    }
}
