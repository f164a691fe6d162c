package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorHealth;
import java.math.BigDecimal;

/** On track when progress {@code ρ ≥ onTrack}, behind when {@code behind ≤ ρ < onTrack}, at risk below. */
public record HealthThresholds(BigDecimal onTrack, BigDecimal behind) {

    public static final HealthThresholds DEFAULTS = new HealthThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"));

    public HealthThresholds {
        if (behind.compareTo(onTrack) > 0) {
            throw new IllegalArgumentException("the behind threshold " + behind + " is above on-track " + onTrack);
        }
    }

    IndicatorHealth of(BigDecimal progress) {
        if (progress.compareTo(onTrack) >= 0) {
            return IndicatorHealth.ON_TRACK;
        }
        return progress.compareTo(behind) >= 0 ? IndicatorHealth.BEHIND : IndicatorHealth.AT_RISK;
    }
}
