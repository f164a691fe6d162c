package id.pantau.monitoring.judging;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Polarity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CapaianTest {

    @Test
    void higherIsBetterIsActualOverExpected() {
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, AchievementFormula.PERMENPANRB, new BigDecimal("45"), new BigDecimal("60")))
                .isEqualByComparingTo("75.00");
    }

    @Test
    void lowerIsBetterIsTwiceExpectedMinusActualOverExpected() {
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, AchievementFormula.PERMENPANRB, new BigDecimal("7"), new BigDecimal("7.52777777777778")))
                .isEqualByComparingTo("107.01");
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, AchievementFormula.PERMENPANRB, new BigDecimal("10"), new BigDecimal("9.166666666666667")))
                .isEqualByComparingTo("90.91");
    }

    @Test
    void isKeptToTwoDecimals() {
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, AchievementFormula.PERMENPANRB, new BigDecimal("1"), new BigDecimal("3")).scale()).isEqualTo(2);
    }

    @Test
    void neverFallsBelowZero() {
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, AchievementFormula.PERMENPANRB, new BigDecimal("25"), new BigDecimal("10")))
                .isEqualByComparingTo("0");
    }

    @Test
    void isUndefinedWhenNothingIsExpected() {
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, AchievementFormula.PERMENPANRB, new BigDecimal("3"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void lowerIsBetterByTheInverseRatioIsExpectedOverActual() {
        // E 7.5, A 6: E/A × 100 = 125 where PermenPANRB's (2E − A)/E gives 120
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, AchievementFormula.INVERSE_RATIO, new BigDecimal("6"),
                new BigDecimal("7.5"))).isEqualByComparingTo("125.00");
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, AchievementFormula.PERMENPANRB, new BigDecimal("6"),
                new BigDecimal("7.5"))).isEqualByComparingTo("120.00");
    }

    @Test
    void theInverseRatioOfAZeroActualIsUndefinedAndHigherIsBetterIgnoresIt() {
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, AchievementFormula.INVERSE_RATIO, BigDecimal.ZERO,
                new BigDecimal("7.5"))).isNull();
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, AchievementFormula.INVERSE_RATIO, new BigDecimal("45"),
                new BigDecimal("60"))).isEqualByComparingTo("75.00");
    }
}
