package id.pantau.reporting.actionplan;

import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The action-plan projection: one document per innovation, written only by {@link ActionPlanProjection} with
 * field-level updates. Fields that events may set out of order carry the instant or order key of the event that
 * set them ({@code ...AsOf}, {@code ...Order}), so that an older event never overwrites a newer one.
 * {@code registeredAt} is null until the innovation's registration arrived.
 */
@Document(ActionPlan.COLLECTION)
@CompoundIndex(name = "region_opd", def = "{'regionCode': 1, 'opdCode': 1}")
public record ActionPlan(
        @Id String innovationId,
        String regionCode,
        String opdCode,
        String opdName,
        String title,
        String problem,
        String plannedInnovation,
        InnovationForm form,
        LocalDate startDate,
        LocalDate targetDate,
        Instant descriptionAsOf,
        InnovationStage stage,
        Instant stageAsOf,
        Instant registeredAt,
        List<IndicatorEntry> indicators,
        List<AlertEntry> alerts,
        Instant lastEventAt) {

    public static final String COLLECTION = "action_plan";

    public ActionPlan {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /**
     * One indicator: its definition (from the registration; target and deadline revisable), its latest
     * measurement, monitoring-service's latest judgement (slip state, expected value, progress ratio) and
     * whether a report is overdue. {@code position} keeps the order of the registration.
     */
    public record IndicatorEntry(
            String indicatorId,
            Integer position,
            String name,
            IndicatorKind kind,
            String unit,
            Polarity polarity,
            ReportingFrequency frequency,
            BigDecimal baseline,
            BigDecimal target,
            LocalDate deadline,
            Instant targetAsOf,
            String latestPeriod,
            BigDecimal latestValue,
            Instant measuredAt,
            String measurementOrder,
            Slip slip,
            BigDecimal judgedExpected,
            BigDecimal judgedProgressRatio,
            String judgementOrder,
            Overdue overdue) {
    }

    /** The indicator is off track since {@code since}, by this rule, at this severity. */
    public record Slip(Severity severity, SlipRule rule, Instant since) {
    }

    /** The report of {@code period} did not arrive by {@code dueDate}; cleared by a measurement of it or later. */
    public record Overdue(String period, LocalDate dueDate, String periodEnd) {
    }

    /** An alert of the innovation; resolved ones stay as tombstones so that a late event cannot reopen them. */
    public record AlertEntry(String alertId, String indicatorId, SlipRule rule, Severity severity, String period,
                             AlertState state, Instant raisedAt) {
    }

    /** Alert states only move forward: open, acknowledged, resolved. */
    public enum AlertState {
        OPEN,
        ACKNOWLEDGED,
        RESOLVED
    }
}
