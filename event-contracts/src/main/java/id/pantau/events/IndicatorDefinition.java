package id.pantau.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as innovation-service defines it, carried in events so that consumers can judge measurements
 * without asking. For a bound indicator {@code target} is the limit; a milestone has no baseline or target.
 * {@code aggregation}, {@code achievementFormula}, {@code periodTargets} and {@code evidenceRequired} came later:
 * an older event without them reads as the defaults ({@link #aggregationOrDefault()},
 * {@link #achievementFormulaOrDefault()}, a linear trajectory, no evidence required).
 */
public record IndicatorDefinition(
        String indicatorId,
        String name,
        IndicatorKind kind,
        String unit,
        Polarity polarity,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate deadline,
        ReportingFrequency frequency,
        Aggregation aggregation,
        AchievementFormula achievementFormula,
        List<PeriodTarget> periodTargets,
        Boolean evidenceRequired) {

    public IndicatorDefinition {
        periodTargets = periodTargets == null ? List.of() : List.copyOf(periodTargets);
        evidenceRequired = Boolean.TRUE.equals(evidenceRequired);
    }

    /** An indicator with the defaults: last-value aggregation, the PermenPANRB formula, a linear trajectory. */
    public IndicatorDefinition(String indicatorId, String name, IndicatorKind kind, String unit, Polarity polarity,
                               BigDecimal baseline, BigDecimal target, LocalDate deadline,
                               ReportingFrequency frequency) {
        this(indicatorId, name, kind, unit, polarity, baseline, target, deadline, frequency, null, null, List.of(),
                false);
    }

    public Aggregation aggregationOrDefault() {
        return aggregation == null ? Aggregation.LAST : aggregation;
    }

    public AchievementFormula achievementFormulaOrDefault() {
        return achievementFormula == null ? AchievementFormula.PERMENPANRB : achievementFormula;
    }
}
