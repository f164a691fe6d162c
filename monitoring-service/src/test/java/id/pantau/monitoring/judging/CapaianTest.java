package id.pantau.monitoring.judging;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Polarity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CapaianTest {

    @Test
    void higherIsBetterIsActualOverExpected() {
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, new BigDecimal("45"), new BigDecimal("60")))
                .isEqualByComparingTo("75.00");
    }

    @Test
    void lowerIsBetterIsTwiceExpectedMinusActualOverExpected() {
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, new BigDecimal("7"), new BigDecimal("7.52777777777778")))
                .isEqualByComparingTo("107.01");
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, new BigDecimal("10"), new BigDecimal("9.166666666666667")))
                .isEqualByComparingTo("90.91");
    }

    @Test
    void isKeptToTwoDecimals() {
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, new BigDecimal("1"), new BigDecimal("3")).scale()).isEqualTo(2);
    }

    @Test
    void neverFallsBelowZero() {
        assertThat(Capaian.of(Polarity.LOWER_IS_BETTER, new BigDecimal("25"), new BigDecimal("10")))
                .isEqualByComparingTo("0");
    }

    @Test
    void isUndefinedWhenNothingIsExpected() {
        assertThat(Capaian.of(Polarity.HIGHER_IS_BETTER, new BigDecimal("3"), BigDecimal.ZERO)).isNull();
    }
}
