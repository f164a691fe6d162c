package id.pantau.notification.alert;

import id.pantau.events.AlertRule;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.ReportOverdue;
import id.pantau.events.Severity;
import id.pantau.events.TargetSlipped;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Monitoring's word that an indicator is off track: it opens the alert of (indicator, rule, period), or
 * updates it.
 *
 * @param eventId the id of the event that carried it, so that a redelivery is recognised
 */
public record AlertSignal(
        String eventId,
        String innovationId,
        String indicatorId,
        String indicatorName,
        String regionCode,
        String opdCode,
        AlertRule rule,
        Severity severity,
        String period,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal progressRatio,
        Instant at) {

    public static AlertSignal of(String eventId, TargetSlipped slipped) {
        return new AlertSignal(eventId, slipped.innovationId(), slipped.indicatorId(), slipped.indicatorName(),
                slipped.regionCode(), slipped.opdCode(), AlertRule.of(slipped.rule()), slipped.severity(),
                slipped.period(), slipped.expected(), slipped.actual(), slipped.progressRatio(), slipped.detectedAt());
    }

    /** A missing report has nothing to judge: no values, and amber, as monitoring gives no severity. */
    public static AlertSignal of(String eventId, ReportOverdue overdue) {
        return new AlertSignal(eventId, overdue.innovationId(), overdue.indicatorId(), overdue.indicatorName(),
                overdue.regionCode(), overdue.opdCode(), AlertRule.REPORT_OVERDUE, Severity.AMBER, overdue.period(),
                null, null, null, overdue.detectedAt());
    }

    /**
     * A projected miss is a warning (amber) about the target at its deadline: the deadline stands for the
     * period, so each target (a revised deadline is another) has its alert; expected is the target, actual the
     * value projected at the deadline.
     */
    public static AlertSignal of(String eventId, ForecastMissProjected projected) {
        return new AlertSignal(eventId, projected.innovationId(), projected.indicatorId(), projected.indicatorName(),
                projected.regionCode(), projected.opdCode(), AlertRule.FORECAST_MISS, Severity.AMBER,
                projected.deadline().toString(), projected.target(), projected.projectedAtDeadline(), null,
                projected.detectedAt());
    }
}
