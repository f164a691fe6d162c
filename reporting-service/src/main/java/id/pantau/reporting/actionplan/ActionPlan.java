package id.pantau.reporting.actionplan;

import id.pantau.events.Aggregation;
import id.pantau.events.AlertRule;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.reporting.ReportingSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The action-plan projection: one document per innovation, written only by {@link ActionPlanProjection} with
 * field-level updates. Fields that events may set out of order carry the instant or order key of the event that
 * set them ({@code ...AsOf}, {@code ...Order}), so that an older event never overwrites a newer one.
 * {@code registeredAt} is null until the innovation's registration arrived. Indicators and alerts are maps keyed
 * by their ids rather than arrays, so that every update addresses its field by path and a condition on it
 * applies to that very indicator or alert (the positional operator would need {@code $elemMatch}, which the
 * local MongoDB wire server does not resolve).
 */
@Document("#{@projectionVersions.collection('" + ActionPlan.COLLECTION + "')}")
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
        Map<String, IndicatorEntry> indicators,
        Map<String, AlertEntry> alerts,
        Instant lastEventAt) {

    /** The order of every report: by OPD (name, else code), then title. */
    public static final Comparator<ActionPlan> REPORT_ORDER = Comparator
            .comparing((ActionPlan plan) -> plan.opdName() != null ? plan.opdName() : plan.opdCode(),
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(ActionPlan::opdCode, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionPlan::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(ActionPlan::innovationId);


    public static final String COLLECTION = "action_plan";
    /** The position of an indicator added after the registration: after those registered, in the order added. */
    public static final int ADDED_POSITION = Integer.MAX_VALUE;

    public ActionPlan {
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
        alerts = alerts == null ? Map.of() : Map.copyOf(alerts);
    }

    /** This plan with only one of its indicators and that indicator's alerts, for a report drilled down to it. */
    public ActionPlan narrowedTo(String indicatorId) {
        return new ActionPlan(innovationId, regionCode, opdCode, opdName, title, problem, plannedInnovation, form,
                startDate, targetDate, descriptionAsOf, stage, stageAsOf, registeredAt,
                indicators.containsKey(indicatorId) ? Map.of(indicatorId, indicators.get(indicatorId)) : Map.of(),
                alerts.entrySet().stream().filter(alert -> indicatorId.equals(alert.getValue().indicatorId()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                lastEventAt);
    }

    /**
     * One indicator: its definition (from the registration; target and deadline revisable), its latest
     * measurement, monitoring-service's latest judgement (slip state since when, expected value, progress ratio)
     * and the latest overdue report and due-soon reminder, cleared by a measurement of that period or a later one,
     * the latest projected miss of the target, and when it was retired. {@code position} keeps the order of the
     * registration. Slip and overdue are flat fields: a condition on a field of a missing
     * sub-document does not match on the wire server.
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
            Severity slipSeverity,
            SlipRule slipRule,
            Instant slipSince,
            BigDecimal latestExpected,
            BigDecimal latestProgressRatio,
            BigDecimal latestCapaian,
            IndicatorHealth latestHealth,
            String judgementOrder,
            String overduePeriod,
            LocalDate overdueDueDate,
            String overduePeriodEnd,
            Instant definedAt,
            Instant retiredAt,
            String dueSoonPeriod,
            LocalDate dueSoonDate,
            String dueSoonPeriodEnd,
            BigDecimal forecastAtDeadline,
            LocalDate forecastReachDate,
            Instant forecastDetectedAt,
            Aggregation aggregation,
            Boolean evidenceRequired) {

        /** As they were defined: the registration's order, then indicators added later by time. */
        public static final Comparator<IndicatorEntry> DEFINITION_ORDER = Comparator
                .comparing(IndicatorEntry::position, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(IndicatorEntry::definedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(IndicatorEntry::indicatorId);


        /**
         * How its measurements of several periods add up: as its definition says, or for a definition from before
         * the events said it, by the units {@code pantau.reporting.summed-units} lists.
         */
        public id.pantau.reporting.period.Aggregation aggregation(ReportingSettings settings) {
            if (aggregation == null) {
                return settings.aggregationOf(unit);
            }
            return aggregation == Aggregation.SUM ? id.pantau.reporting.period.Aggregation.SUM
                    : id.pantau.reporting.period.Aggregation.LAST;
        }

        /** Retired on or before this day: no longer measured, so no longer in reports read as of it. */
        public boolean retiredBy(LocalDate day, ZoneId zone) {
            return retiredAt != null && !retiredAt.atZone(zone).toLocalDate().isAfter(day);
        }

        /** A projected miss made on the latest data: no measurement arrived since. */
        public boolean forecastMissStands() {
            return forecastDetectedAt != null && (measuredAt == null || !forecastDetectedAt.isBefore(measuredAt));
        }
    }

    /** An alert of the innovation; resolved ones stay as tombstones so that a late event cannot reopen them. */
    public record AlertEntry(String alertId, String indicatorId, AlertRule rule, Severity severity, String period,
                             AlertState state, Instant raisedAt, Integer escalationLevel, Instant escalatedAt,
                             Instant acknowledgedAt, String acknowledgedBy) {
    }

    /** Alert states only move forward: open, acknowledged, resolved. */
    public enum AlertState {
        OPEN,
        ACKNOWLEDGED,
        RESOLVED
    }
}
