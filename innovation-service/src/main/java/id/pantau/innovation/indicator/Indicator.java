package id.pantau.innovation.indicator;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A success indicator of an innovation: what is measured, in which unit, towards which target, how often.
 * {@code target} and {@code deadline} are the current ones; {@code revisions} keeps every earlier pair with when,
 * why and by whom it changed, so that a period judged before a revision keeps the target it had. A retired
 * indicator is no longer measured but stays, with its history. {@code evidence} links the documents that
 * support its measurements. {@code aggregation}, {@code achievementFormula} and {@code periodTargets} say how
 * monitoring should add up, rate and expect its values; {@code evidenceRequired} whether each of its
 * measurements must come with an evidence document. Its id is stored as {@code id}, not mapped to
 * {@code _id}, so updates can address one indicator by it.
 */
public record Indicator(
        @Field("id") String id,
        String name,
        IndicatorKind kind,
        String unit,
        Polarity polarity,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate deadline,
        ReportingFrequency frequency,
        List<TargetRevision> revisions,
        Instant retiredAt,
        String retiredBy,
        String retiredReason,
        List<EvidenceLink> evidence,
        Aggregation aggregation,
        AchievementFormula achievementFormula,
        List<PeriodTarget> periodTargets,
        boolean evidenceRequired) {

    public Indicator {
        revisions = revisions == null ? List.of() : revisions;
        evidence = evidence == null ? List.of() : evidence;
        aggregation = aggregation == null ? Aggregation.LAST : aggregation;
        periodTargets = periodTargets == null ? List.of() : periodTargets;
    }

    /** An indicator as registered: no revisions, in use, no evidence yet. */
    static Indicator defined(String id, String name, IndicatorKind kind, String unit, Polarity polarity,
                             BigDecimal baseline, BigDecimal target, LocalDate deadline, ReportingFrequency frequency,
                             Aggregation aggregation, AchievementFormula achievementFormula,
                             List<PeriodTarget> periodTargets, boolean evidenceRequired) {
        return new Indicator(id, name, kind, unit, polarity, baseline, target, deadline, frequency, List.of(), null,
                null, null, List.of(), aggregation, achievementFormula, periodTargets, evidenceRequired);
    }

    /** Whether the indicator is still measured: not retired. */
    public boolean inUse() {
        return retiredAt == null;
    }

    public IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(id, name, kind, unit, polarity, baseline, target, deadline, frequency,
                aggregation, achievementFormula, periodTargets, evidenceRequired);
    }

    Indicator revised(TargetRevision revision) {
        List<TargetRevision> history = new ArrayList<>(revisions);
        history.add(revision);
        return new Indicator(id, name, kind, unit, polarity, baseline, revision.newTarget(), revision.newDeadline(),
                frequency, List.copyOf(history), retiredAt, retiredBy, retiredReason, evidence, aggregation,
                achievementFormula, periodTargets, evidenceRequired);
    }

    Indicator retired(String reason, String by, Instant at) {
        return new Indicator(id, name, kind, unit, polarity, baseline, target, deadline, frequency, revisions, at, by,
                reason, evidence, aggregation, achievementFormula, periodTargets, evidenceRequired);
    }

    /** This indicator with one more evidence link. */
    public Indicator withEvidence(EvidenceLink link) {
        List<EvidenceLink> links = new ArrayList<>(evidence);
        links.add(link);
        return new Indicator(id, name, kind, unit, polarity, baseline, target, deadline, frequency, revisions,
                retiredAt, retiredBy, retiredReason, List.copyOf(links), aggregation, achievementFormula, periodTargets,
                evidenceRequired);
    }
}
