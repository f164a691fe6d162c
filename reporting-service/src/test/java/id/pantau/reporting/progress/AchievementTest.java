package id.pantau.reporting.progress;

import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AchievementTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @Test
    void theExpectedValueFollowsTheLineFromBaselineToTargetAndStaysAtItsEnds() {
        BigDecimal ten = BigDecimal.TEN;
        BigDecimal five = new BigDecimal("5");
        assertThat(Achievement.expected(ten, five, START, DEADLINE, LocalDate.of(2026, 3, 31))).isEqualByComparingTo("7.5278");
        assertThat(Achievement.expected(ten, five, START, DEADLINE, LocalDate.of(2025, 12, 1))).isEqualByComparingTo("10");
        assertThat(Achievement.expected(ten, five, START, DEADLINE, LocalDate.of(2026, 9, 30))).isEqualByComparingTo("5");
        assertThat(Achievement.expected(ten, five, DEADLINE, DEADLINE, DEADLINE)).isEqualByComparingTo("5");
    }

    @Test
    void capaianIsActualOverExpectedOrItsMirrorWhenLowerIsBetter() {
        assertThat(Achievement.capaian(Polarity.HIGHER_IS_BETTER, new BigDecimal("1234.5"), new BigDecimal("1500")))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("82.30"));
        assertThat(Achievement.capaian(Polarity.LOWER_IS_BETTER, new BigDecimal("8"), new BigDecimal("7.5278")))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("93.73"));
    }

    @Test
    void anExpectedZeroGivesNoCapaianAndItNeverFallsBelowZero() {
        assertThat(Achievement.capaian(Polarity.HIGHER_IS_BETTER, BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
        assertThat(Achievement.capaian(Polarity.LOWER_IS_BETTER, new BigDecimal("12"), new BigDecimal("5")))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0"));
    }
}
