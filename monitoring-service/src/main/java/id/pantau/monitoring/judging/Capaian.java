package id.pantau.monitoring.judging;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Achievement in percent as Indonesian performance reports state it (PermenPANRB 8/2021): higher is better
 * {@code A / E × 100}, lower is better {@code (2E − A) / E × 100}, or {@code E / A × 100} for an indicator whose
 * formula is the inverse ratio; never below 0.
 */
final class Capaian {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Capaian() {
    }

    /** Null when the expected value is zero (or, for the inverse ratio, the actual one): the percentage is undefined. */
    static BigDecimal of(Polarity polarity, AchievementFormula formula, BigDecimal actual, BigDecimal expected) {
        if (expected.signum() == 0) {
            return null;
        }
        BigDecimal percent;
        if (polarity == Polarity.LOWER_IS_BETTER && formula == AchievementFormula.INVERSE_RATIO) {
            if (actual.signum() == 0) {
                return null;
            }
            percent = expected.multiply(HUNDRED).divide(actual, MathContext.DECIMAL64);
        } else {
            BigDecimal achieved = polarity == Polarity.LOWER_IS_BETTER
                    ? expected.multiply(BigDecimal.valueOf(2)).subtract(actual)
                    : actual;
            percent = achieved.multiply(HUNDRED).divide(expected, MathContext.DECIMAL64);
        }
        return percent.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** A milestone is 100% achieved when done and 0% before. */
    static BigDecimal ofMilestone(boolean done) {
        return (done ? HUNDRED : BigDecimal.ZERO).setScale(2);
    }
}
