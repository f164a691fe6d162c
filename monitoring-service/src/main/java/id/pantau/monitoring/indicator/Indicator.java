package id.pantau.monitoring.indicator;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's copy of an indicator definition, built from innovation-service's events, so measurements are
 * validated and judged without asking another service. {@code startDate} is the innovation's start: the t0 of
 * the trajectory. For a bound indicator {@code target} is the limit; a milestone has no baseline or target.
 * {@code target} and {@code deadline} are the ones in force now; {@code revisions} keep what they were before,
 * so that a past period is judged against the target of its time. A retired indicator takes no new measurements.
 * {@code innovationStage} is the innovation's stage as its events last told it; an innovation discontinued or
 * archived closes all its indicators: they take no new measurements and are no longer judged or reminded of.
 * {@code achievementFormula}, {@code periodTargets} and {@code evidenceRequired} are the definition's own (absent
 * in older events: PermenPANRB's formula, a linear trajectory, evidence as the region requires). {@code aggregation}
 * says how its values add up over periods: a flow ({@code SUM}) is summed, a stock, rate or percentage
 * ({@code LAST}, also when absent: older events and documents) takes the last value.
 */
@Document("indicators")
public record Indicator(
        @Id String indicatorId,
        @Indexed String innovationId,
        String regionCode,
        String opdCode,
        String opdName,
        String innovationTitle,
        LocalDate startDate,
        String name,
        IndicatorKind kind,
        String unit,
        Polarity polarity,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate deadline,
        ReportingFrequency frequency,
        Instant updatedAt,
        List<TargetRevision> revisions,
        Instant retiredAt,
        String retiredReason,
        InnovationStage innovationStage,
        AchievementFormula achievementFormula,
        List<PeriodTarget> periodTargets,
        Boolean evidenceRequired,
        Aggregation aggregation) {

    private static final Set<InnovationStage> CLOSED = EnumSet.of(InnovationStage.DIHENTIKAN,
            InnovationStage.DIARSIPKAN);

    public Indicator {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        periodTargets = periodTargets == null ? List.of() : List.copyOf(periodTargets);
    }

    /** A definition whose innovation's stage is not known (an indicator stored before stages were kept). */
    public Indicator(String indicatorId, String innovationId, String regionCode, String opdCode, String opdName,
                     String innovationTitle, LocalDate startDate, String name, IndicatorKind kind, String unit,
                     Polarity polarity, BigDecimal baseline, BigDecimal target, LocalDate deadline,
                     ReportingFrequency frequency, Instant updatedAt, List<TargetRevision> revisions,
                     Instant retiredAt, String retiredReason) {
        this(indicatorId, innovationId, regionCode, opdCode, opdName, innovationTitle, startDate, name, kind, unit,
                polarity, baseline, target, deadline, frequency, updatedAt, revisions, retiredAt, retiredReason, null,
                null, List.of(), null, null);
    }

    /** The stages that close an innovation's indicators. */
    public static Set<InnovationStage> closingStages() {
        return CLOSED;
    }

    /** A definition never revised nor retired. */
    public Indicator(String indicatorId, String innovationId, String regionCode, String opdCode, String opdName,
                     String innovationTitle, LocalDate startDate, String name, IndicatorKind kind, String unit,
                     Polarity polarity, BigDecimal baseline, BigDecimal target, LocalDate deadline,
                     ReportingFrequency frequency, Instant updatedAt) {
        this(indicatorId, innovationId, regionCode, opdCode, opdName, innovationTitle, startDate, name, kind, unit,
                polarity, baseline, target, deadline, frequency, updatedAt, List.of(), null, null);
    }

    public static Indicator of(InnovationRegistered innovation, IndicatorDefinition definition, Instant now) {
        return new Indicator(definition.indicatorId(), innovation.innovationId(), innovation.regionCode(),
                innovation.opdCode(), innovation.opdName(), innovation.title(), innovation.startDate(),
                definition.name(), definition.kind(), definition.unit(), definition.polarity(), definition.baseline(),
                definition.target(), definition.deadline(), definition.frequency(), now, List.of(), null, null,
                innovation.stage(), definition.achievementFormula(), definition.periodTargets(),
                definition.evidenceRequired(), definition.aggregation());
    }

    /**
     * An indicator added to a running innovation. Its trajectory starts on the day it was added (its baseline is
     * of that day), or at the innovation's start when that is later; {@code sibling}, another indicator of the
     * same innovation when one is known, lends the innovation's start, title, OPD name and stage.
     */
    public static Indicator added(String innovationId, String regionCode, String opdCode, IndicatorDefinition definition,
                                  LocalDate addedOn, Indicator sibling, Instant now) {
        LocalDate start = sibling == null || sibling.startDate() == null || sibling.startDate().isBefore(addedOn)
                ? addedOn : sibling.startDate();
        return new Indicator(definition.indicatorId(), innovationId, regionCode, opdCode,
                sibling == null ? null : sibling.opdName(), sibling == null ? null : sibling.innovationTitle(), start,
                definition.name(), definition.kind(), definition.unit(), definition.polarity(), definition.baseline(),
                definition.target(), definition.deadline(), definition.frequency(), now, List.of(), null, null,
                sibling == null ? null : sibling.innovationStage(), definition.achievementFormula(),
                definition.periodTargets(), definition.evidenceRequired(), definition.aggregation());
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** How capaian is computed when lower is better; PermenPANRB's (2E − A)/E unless the indicator says otherwise. */
    public AchievementFormula achievementFormulaOrDefault() {
        return achievementFormula == null ? AchievementFormula.PERMENPANRB : achievementFormula;
    }

    /** How its values add up over periods; last value unless the definition says it is a flow. */
    public Aggregation aggregationOrDefault() {
        return aggregation == null ? Aggregation.LAST : aggregation;
    }

    /**
     * A trend of a flow is judged by its running total, the realisasi up to and including a period; a bound is a
     * limit on each period's own value and a milestone is done or not, whatever their aggregation.
     */
    public boolean isJudgedCumulatively() {
        return kind == IndicatorKind.TREND && aggregationOrDefault() == Aggregation.SUM;
    }

    /** The explicit target of a period ("target triwulan"), when the indicator has a schedule of them. */
    public Optional<BigDecimal> periodTarget(String periodCode) {
        return periodTargets.stream().filter(target -> target.period().equals(periodCode)).findFirst()
                .map(PeriodTarget::target);
    }

    /** The indicator itself asks for an evidence link with every value. */
    public boolean requiresEvidence() {
        return Boolean.TRUE.equals(evidenceRequired);
    }

    /** Its innovation was discontinued (dihentikan) or archived (diarsipkan). */
    public boolean isClosed() {
        return innovationStage != null && CLOSED.contains(innovationStage);
    }

    /**
     * The definition a period ending on {@code periodEnd} is judged by: revisions made after that day are undone,
     * latest first, so the period keeps the target and deadline of its time.
     */
    public Indicator inForceOn(LocalDate periodEnd) {
        BigDecimal targetThen = target;
        LocalDate deadlineThen = deadline;
        List<TargetRevision> latestFirst = revisions.stream()
                .sorted(Comparator.comparing(TargetRevision::effectiveFrom).reversed()).toList();
        for (TargetRevision revision : latestFirst) {
            if (!revision.effectiveFrom().isAfter(periodEnd)) {
                break;
            }
            if (revision.newTarget() != null && revision.oldTarget() != null) {
                targetThen = revision.oldTarget();
            }
            if (revision.newDeadline() != null && revision.oldDeadline() != null) {
                deadlineThen = revision.oldDeadline();
            }
        }
        if (targetThen == target && deadlineThen == deadline) {
            return this;
        }
        return new Indicator(indicatorId, innovationId, regionCode, opdCode, opdName, innovationTitle, startDate, name,
                kind, unit, polarity, baseline, targetThen, deadlineThen, frequency, updatedAt, revisions, retiredAt,
                retiredReason, innovationStage, achievementFormula, periodTargets, evidenceRequired, aggregation);
    }

    /** Whether a value is at or beyond the target in the good direction (for a bound: respects the limit). */
    public boolean isMetBy(BigDecimal value) {
        int comparison = value.compareTo(target);
        return polarity == Polarity.LOWER_IS_BETTER ? comparison <= 0 : comparison >= 0;
    }

    /** The unit is a percentage, so values above 100 are impossible. */
    public boolean isPercentage() {
        return unit != null && unit.strip().equals("%");
    }

    /** The unit is a span of time (Indonesian or English), so a negative value is impossible. */
    public boolean isDuration() {
        return unit != null && DURATION_UNITS.contains(unit.strip().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> DURATION_UNITS = Set.of("detik", "menit", "jam", "hari", "hari kerja", "minggu",
            "bulan", "tahun", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "working days",
            "week", "weeks", "month", "months", "year", "years");
}
