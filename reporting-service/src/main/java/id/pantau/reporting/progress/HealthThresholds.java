package id.pantau.reporting.progress;

import java.math.BigDecimal;

/**
 * The progress ratios that separate the health states: on track from {@code onTrack} up, behind from
 * {@code behind} up to {@code onTrack}, at risk below {@code behind}.
 */
public record HealthThresholds(BigDecimal onTrack, BigDecimal behind) {

    public static final HealthThresholds DEFAULTS = new HealthThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"));

    public HealthThresholds {
        if (onTrack == null || behind == null || behind.compareTo(onTrack) > 0) {
            throw new IllegalArgumentException("health thresholds need behind <= on track, got " + behind + ", " + onTrack);
        }
    }
}
