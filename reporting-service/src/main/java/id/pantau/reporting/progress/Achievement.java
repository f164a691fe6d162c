package id.pantau.reporting.progress;

import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The formulas of DOMAIN.md for a trend indicator: the expected value on a day, and capaian against it. */
public final class Achievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Achievement() {
    }

    /**
     * {@code E(t) = B + (T − B) · clamp((t − t0) / (tD − t0), 0, 1)}, to four decimals; the target itself when the
     * start is not before the deadline.
     */
    public static BigDecimal expected(BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate deadline,
                                      LocalDate day) {
        long total = ChronoUnit.DAYS.between(start, deadline);
        if (total <= 0) {
            return target.setScale(4, RoundingMode.HALF_UP);
        }
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, day)));
        return baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP)).setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * Capaian in percent, two decimals (PermenPANRB 8/2021): {@code A / E × 100} when higher is better,
     * {@code (2E − A) / E × 100} when lower is better. Empty when E is zero (no percentage of nothing), and never
     * below zero.
     */
    public static Optional<BigDecimal> capaian(Polarity polarity, BigDecimal actual, BigDecimal expected) {
        if (actual == null || expected == null || expected.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal achieved = polarity == Polarity.LOWER_IS_BETTER ? expected.multiply(BigDecimal.valueOf(2)).subtract(actual)
                : actual;
        BigDecimal percent = achieved.multiply(HUNDRED).divide(expected, 2, RoundingMode.HALF_UP);
        return Optional.of(percent.max(BigDecimal.ZERO.setScale(2)));
    }
}
