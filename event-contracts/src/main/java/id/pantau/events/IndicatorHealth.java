package id.pantau.events;

/** How an indicator stands, as monitoring-service judges it (DOMAIN.md "Health"). */
public enum IndicatorHealth {
    /** The target is met. */
    ACHIEVED,
    /** Progress ratio ≥ 0.95 of the expected progress (the region's thresholds). */
    ON_TRACK,
    /** 0.85 ≤ progress ratio < 0.95. */
    BEHIND,
    /** Progress ratio < 0.85, or a bound broken. */
    AT_RISK,
    /** The deadline passed with the target unmet. */
    MISSED,
    /** Nothing measured yet. */
    NO_DATA
}
