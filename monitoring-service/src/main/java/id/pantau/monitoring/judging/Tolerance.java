package id.pantau.monitoring.judging;

import java.math.BigDecimal;

/**
 * How far a region lets progress fall short of the trajectory: amber below {@code 1 − τ}, red below
 * {@code 1 − 2τ}, and a worse state is left only {@code τ/2} above its threshold.
 */
public record Tolerance(BigDecimal value) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public Tolerance {
        if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("0.5")) >= 0) {
            throw new IllegalArgumentException("a tolerance lies in [0, 0.5), got " + value);
        }
    }

    public static Tolerance of(String value) {
        return new Tolerance(new BigDecimal(value));
    }

    BigDecimal amberBelow() {
        return BigDecimal.ONE.subtract(value);
    }

    BigDecimal redBelow() {
        return BigDecimal.ONE.subtract(value.multiply(TWO));
    }

    BigDecimal recoveryMargin() {
        return value.divide(TWO);
    }
}
