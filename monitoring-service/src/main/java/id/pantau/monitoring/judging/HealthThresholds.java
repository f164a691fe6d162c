package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorHealth;
import java.math.BigDecimal;

/**
 * On track when progress {@code ρ ≥ onTrack}, behind when {@code behind ≤ ρ < onTrack}, at risk below. With
 * hysteresis: an indicator leaves a worse health only once ρ clears that health's upper threshold by
 * {@code margin}, so that noisy self-reported values do not make it flap.
 */
public record HealthThresholds(BigDecimal onTrack, BigDecimal behind, BigDecimal margin) {

    public static final HealthThresholds DEFAULTS = new HealthThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
            new BigDecimal("0.05"));

    public HealthThresholds {
        if (behind.compareTo(onTrack) > 0) {
            throw new IllegalArgumentException("the behind threshold " + behind + " is above on-track " + onTrack);
        }
        if (margin.signum() < 0) {
            throw new IllegalArgumentException("a hysteresis margin is not negative, got " + margin);
        }
    }

    IndicatorHealth of(BigDecimal progress) {
        return of(progress, null);
    }

    /** @param previous the health before, null (or not one of the three) when there was none to hold on to */
    IndicatorHealth of(BigDecimal progress, IndicatorHealth previous) {
        int entered = rank(progress);
        int held = Math.min(rank(progress.subtract(margin)), rankOf(previous));
        return healthOf(Math.max(entered, held));
    }

    private int rank(BigDecimal progress) {
        if (progress.compareTo(onTrack) >= 0) {
            return 0;
        }
        return progress.compareTo(behind) >= 0 ? 1 : 2;
    }

    private static int rankOf(IndicatorHealth health) {
        if (health == IndicatorHealth.BEHIND) {
            return 1;
        }
        return health == IndicatorHealth.AT_RISK ? 2 : 0;
    }

    private static IndicatorHealth healthOf(int rank) {
        return switch (rank) {
            case 2 -> IndicatorHealth.AT_RISK;
            case 1 -> IndicatorHealth.BEHIND;
            default -> IndicatorHealth.ON_TRACK;
        };
    }
}
