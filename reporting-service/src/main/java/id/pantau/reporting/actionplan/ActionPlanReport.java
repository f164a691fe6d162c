package id.pantau.reporting.actionplan;

import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.events.IndicatorHealth;
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
            Overdue overdue) {
    }

    /** The indicator slipped (as monitoring-service judged it) and has not recovered since. */
    public record Slip(Severity severity, SlipRule rule, Instant since) {
    }

    /** The report of this period was due on {@code dueDate} and has not arrived. */
    public record Overdue(String period, LocalDate dueDate) {
    }

    public record OpenAlert(String alertId, String indicatorId, SlipRule rule, Severity severity, AlertState state) {
    }
}
