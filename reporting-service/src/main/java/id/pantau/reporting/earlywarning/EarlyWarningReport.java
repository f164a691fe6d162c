package id.pantau.reporting.earlywarning;

import id.pantau.events.IndicatorHealth;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Daftar Peringatan Dini: what the inspectorate should follow up today, the oldest first. {@code period}, when
 * given, keeps the warnings that began within it.
 */
public record EarlyWarningReport(String region, ReportPeriod period, Instant generatedAt, List<Warning> warnings) {

    public enum Kind {
        /** Slipped (behind its trajectory, bound broken, deadline missed) or judged at risk or missed. */
        AT_RISK,
        /** A period's report did not arrive by its due date. */
        OVERDUE,
        /** Still on track, but the trend of its measurements misses the target at the deadline. */
        FORECAST_MISS
    }

    /**
     * One warning about one indicator. {@code since} is the day it began (the slip, the due date, the projection);
     * its age counts calendar and working days since then. {@code alert} is the inspectorate's alert on the same
     * indicator and rule, with its escalation and acknowledgement, absent when none is open.
     */
    public record Warning(
            int no,
            Kind kind,
            String innovationId,
            String title,
            String regionCode,
            String opdCode,
            String opdName,
            String indicatorId,
            String indicatorName,
            String unit,
            IndicatorHealth health,
            SlipRule rule,
            Severity severity,
            String period,
            LocalDate dueDate,
            BigDecimal target,
            LocalDate deadline,
            BigDecimal projectedAtDeadline,
            LocalDate projectedReachDate,
            LocalDate since,
            int ageDays,
            int ageWorkingDays,
            FollowUp alert) {
    }

    /** {@code escalationLevel}: 1 the OPD head, 2 the kabupaten/kota inspectorate, 3 the province. */
    public record FollowUp(String alertId, AlertState state, Integer escalationLevel, Instant acknowledgedAt) {
    }
}
