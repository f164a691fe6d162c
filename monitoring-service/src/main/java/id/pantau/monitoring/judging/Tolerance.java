package id.pantau.monitoring.judging;

import java.math.BigDecimal;

/**
 * How far a region lets progress fall short of the trajectory: amber below {@code 1 − τ}, red below
 * {@code 1 − 2τ}, and a worse state is left only {@code recoveryMargin} (the hysteresis margin) above its
 * threshold.
 */
public record Tolerance(BigDecimal value, BigDecimal recoveryMargin) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public Tolerance {
        if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("0.5")) >= 0) {
            throw new IllegalArgumentException("a tolerance lies in [0, 0.5), got " + value);
        }
        if (recoveryMargin == null || recoveryMargin.signum() < 0) {
            throw new IllegalArgumentException("a hysteresis margin is not negative, got " + recoveryMargin);
        }
    }

    /** A tolerance whose hysteresis margin is half of it (0.05 for the default 0.10). */
    public static Tolerance of(String value) {
        BigDecimal tolerance = new BigDecimal(value);
        return new Tolerance(tolerance, tolerance.divide(TWO));
    }

    BigDecimal amberBelow() {
        return BigDecimal.ONE.subtract(value);
    }

    BigDecimal redBelow() {
        return BigDecimal.ONE.subtract(value.multiply(TWO));
    }
}
