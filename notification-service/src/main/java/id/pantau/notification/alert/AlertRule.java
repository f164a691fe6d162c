package id.pantau.notification.alert;

import id.pantau.events.SlipRule;

/**
 * What an alert is about; with the indicator it identifies the alert. The slip rules of monitoring, plus
 * {@link #REPORT_OVERDUE}, which has no slip rule and so is never announced with {@code AlertRaised}.
 */
public enum AlertRule {
    BEHIND_TRAJECTORY,
    DEADLINE_MISSED,
    BOUND_BREACHED,
    REPORT_OVERDUE;

    public static AlertRule of(SlipRule rule) {
        return valueOf(rule.name());
    }

    /** The rule as the events name it; null for a rule the event contracts do not know. */
    public SlipRule slipRule() {
        return this == REPORT_OVERDUE ? null : SlipRule.valueOf(name());
    }
}
