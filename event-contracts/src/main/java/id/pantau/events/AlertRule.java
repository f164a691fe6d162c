package id.pantau.events;

/**
 * What an alert is about; with the indicator and the period it identifies the alert: the slip rules of monitoring,
 * plus {@link #REPORT_OVERDUE} and {@link #FORECAST_MISS}. Its names extend {@link SlipRule}'s, so an alert event
 * written when it carried a slip rule still reads.
 */
public enum AlertRule {
    BEHIND_TRAJECTORY,
    DEADLINE_MISSED,
    BOUND_BREACHED,
    /** A period's measurement did not arrive by its due date. */
    REPORT_OVERDUE,
    /** Still on track, but the trend projects the target missed at the deadline; the period is the deadline. */
    FORECAST_MISS;

    public static AlertRule of(SlipRule rule) {
        return valueOf(rule.name());
    }
}
