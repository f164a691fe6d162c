package id.pantau.reporting.actionplan;

import id.pantau.events.AlertRule;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Matriks Rencana Aksi Inovasi: one row per innovation of the region, numbered, sorted by OPD then title.
 * {@code period} is absent from the current matrix.
 */
public record ActionPlanReport(String region, ReportPeriod period, Instant generatedAt, List<Row> rows) {

    /** One innovation's action plan; {@code timeUsedPercent} and {@code targetTime} are null without dates. */
    public record Row(
            int no,
            String innovationId,
            String problem,
            String plannedInnovation,
            String title,
            String regionCode,
            String opdCode,
            String opdName,
            InnovationForm form,
            String targetTime,
            LocalDate startDate,
            LocalDate targetDate,
            Integer timeUsedPercent,
            InnovationStage stage,
            List<IndicatorRow> indicators,
            List<OpenAlert> openAlerts,
            Instant lastEventAt) {
    }

    /** An indicator with its latest measurement and what it means (expected, ρ, health) at that period's end. */
    public record IndicatorRow(
            String indicatorId,
            String name,
            IndicatorKind kind,
            String unit,
            Polarity polarity,
            ReportingFrequency frequency,
            BigDecimal baseline,
            BigDecimal target,
            LocalDate deadline,
            String latestPeriod,
            BigDecimal latestValue,
            BigDecimal expected,
            BigDecimal progressRatio,
            BigDecimal capaian,
            IndicatorHealth health,
            Slip slip,
            Overdue overdue,
            DueSoon dueSoon,
            ForecastMiss forecastMiss) {
    }

    /** The indicator slipped (as monitoring-service judged it) and has not recovered since. */
    public record Slip(Severity severity, SlipRule rule, Instant since) {
    }

    /** The report of this period was due on {@code dueDate} and has not arrived. */
    public record Overdue(String period, LocalDate dueDate) {
    }

    /** The report of this period is due on {@code dueDate}, soon, and has not arrived. */
    public record DueSoon(String period, LocalDate dueDate) {
    }

    /**
     * The trend of the measurements misses the target at the deadline: the value projected there and the date the
     * target would be reached (absent: never).
     */
    public record ForecastMiss(BigDecimal projectedAtDeadline, LocalDate projectedReachDate, Instant detectedAt) {
    }

    /** {@code escalationLevel}: 1 the OPD head, 2 the kabupaten/kota inspectorate, 3 the province; absent until escalated. */
    public record OpenAlert(String alertId, String indicatorId, AlertRule rule, Severity severity, AlertState state,
                            Integer escalationLevel, Instant acknowledgedAt) {
    }
}
