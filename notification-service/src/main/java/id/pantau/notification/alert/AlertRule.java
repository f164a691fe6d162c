package id.pantau.notification.alert;

import id.pantau.events.SlipRule;

/**
 * What an alert is about; with the indicator and the period it identifies the alert. The slip rules of
 * monitoring, plus {@link #REPORT_OVERDUE} and {@link #FORECAST_MISS}, which have no slip rule and so are never
 * announced with {@code AlertRaised}.
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

    /** The rule as the events name it; null for a rule the event contracts do not know. */
    public SlipRule slipRule() {
        return this == REPORT_OVERDUE || this == FORECAST_MISS ? null : SlipRule.valueOf(name());
    }
}
