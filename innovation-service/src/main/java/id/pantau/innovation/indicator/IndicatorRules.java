package id.pantau.innovation.indicator;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.Violations;
import id.pantau.events.AchievementFormula;
import id.pantau.events.IndicatorKind;
import id.pantau.events.Period;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes an indicator judgeable. A trend runs from its baseline towards its target in the direction its
 * polarity calls better; a bound has its limit as target; a milestone is done or not, so it carries no values
 * and counts as higher-is-better (done beats not done). The deadline lies after the innovation's start and
 * no later than its target date: an indicator judged after the innovation's own target time could not tell
 * whether the innovation met its target.
 */
public final class IndicatorRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_UNIT_LENGTH = 40;
    static final int MAX_REASON_LENGTH = 1000;

    private IndicatorRules() {
    }

    /**
     * Records every broken rule of one indicator, its fields prefixed by {@code path} (e.g. {@code indicators[0]}).
     *
     * @param startDate  the innovation's start, or null when that is itself invalid (deadline not checked then)
     * @param targetDate the innovation's target date, or null when that is itself invalid
     */
    public static void check(NewIndicator indicator, String path, LocalDate startDate, LocalDate targetDate,
                             Violations violations) {
        violations.requiredText(at(path, "name"), indicator.name(), MAX_NAME_LENGTH);
        violations.requiredText(at(path, "unit"), indicator.unit(), MAX_UNIT_LENGTH);
        violations.required(at(path, "frequency"), indicator.frequency());
        if (violations.required(at(path, "kind"), indicator.kind())) {
            switch (indicator.kind()) {
                case TREND -> checkTrend(indicator, path, violations);
                case BOUND -> checkBound(indicator, path, violations);
                case MILESTONE -> checkMilestone(indicator, path, violations);
            }
        }
        checkDeadline(indicator.deadline(), at(path, "deadline"), startDate, targetDate, violations);
        if (indicator.achievementFormula() != null && indicator.polarity() != Polarity.LOWER_IS_BETTER) {
            violations.add(at(path, "achievementFormula"), "achievement-formula-lower-only");
        }
        checkPeriodTargets(indicator, path, violations);
    }

    /** Explicit period targets give a trend its trajectory: each a period of its frequency, once, with a target. */
    private static void checkPeriodTargets(NewIndicator indicator, String path, Violations violations) {
        List<PeriodTarget> targets = indicator.periodTargets();
        if (targets == null || targets.isEmpty()) {
            return;
        }
        if (indicator.kind() != IndicatorKind.TREND) {
            violations.add(at(path, "periodTargets"), "period-targets-trend-only");
            return;
        }
        Set<String> periods = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String field = at(path, "periodTargets[" + i + "]");
            PeriodTarget target = targets.get(i);
            if (!violations.required(field, target)) {
                continue;
            }
            violations.required(field + ".target", target.target());
            if (violations.required(field + ".period", target.period()) && indicator.frequency() != null) {
                String period = target.period().strip();
                if (Period.parse(period, indicator.frequency()).isEmpty()) {
                    violations.add(field + ".period", "period-target-format", period,
                            Period.example(indicator.frequency()));
                } else if (!periods.add(period)) {
                    violations.add(field + ".period", "period-target-duplicate", period);
                }
            }
        }
    }

    /** The indicator as registered, with its defaults; only for an indicator {@link #check} accepted. */
    public static Indicator define(String id, NewIndicator indicator, LocalDate targetDate) {
        Polarity polarity = indicator.kind() == IndicatorKind.MILESTONE ? Polarity.HIGHER_IS_BETTER : indicator.polarity();
        AchievementFormula formula = polarity != Polarity.LOWER_IS_BETTER ? null
                : indicator.achievementFormula() == null ? AchievementFormula.PERMENPANRB : indicator.achievementFormula();
        List<PeriodTarget> periodTargets = indicator.periodTargets() == null ? List.of()
                : indicator.periodTargets().stream().map(target -> new PeriodTarget(target.period().strip(),
                target.target())).toList();
        return Indicator.defined(id, indicator.name().strip(), indicator.kind(), indicator.unit().strip(), polarity,
                indicator.baseline(), indicator.target(),
                indicator.deadline() == null ? targetDate : indicator.deadline(), indicator.frequency(),
                indicator.aggregation(), formula, periodTargets, Boolean.TRUE.equals(indicator.evidenceRequired()));
    }

    private static void checkTrend(NewIndicator indicator, String path, Violations violations) {
        boolean hasPolarity = violations.required(at(path, "polarity"), indicator.polarity());
        boolean hasBaseline = violations.required(at(path, "baseline"), indicator.baseline());
        boolean hasTarget = violations.required(at(path, "target"), indicator.target());
        if (!hasBaseline || !hasTarget) {
            return;
        }
        int direction = indicator.target().compareTo(indicator.baseline());
        if (direction == 0) {
            violations.add(at(path, "target"), "trend-target-equals-baseline", indicator.baseline());
        } else if (hasPolarity && indicator.polarity() == Polarity.HIGHER_IS_BETTER && direction < 0) {
            violations.add(at(path, "target"), "trend-target-below-baseline", indicator.target(), indicator.baseline());
        } else if (hasPolarity && indicator.polarity() == Polarity.LOWER_IS_BETTER && direction > 0) {
            violations.add(at(path, "target"), "trend-target-above-baseline", indicator.target(), indicator.baseline());
        }
    }

    /** A baseline is allowed: it records where the value stood, though only the limit is judged. */
    private static void checkBound(NewIndicator indicator, String path, Violations violations) {
        violations.required(at(path, "polarity"), indicator.polarity());
        violations.required(at(path, "target"), indicator.target());
    }

    private static void checkMilestone(NewIndicator indicator, String path, Violations violations) {
        if (indicator.polarity() == Polarity.LOWER_IS_BETTER) {
            violations.add(at(path, "polarity"), "milestone-polarity");
        }
        if (indicator.baseline() != null) {
            violations.add(at(path, "baseline"), "milestone-without-values");
        }
        if (indicator.target() != null) {
            violations.add(at(path, "target"), "milestone-without-values");
        }
    }

    private static void checkDeadline(LocalDate deadline, String field, LocalDate startDate, LocalDate targetDate,
                                      Violations violations) {
        if (deadline == null) {
            return;
        }
        if (startDate != null && !deadline.isAfter(startDate)) {
            violations.add(field, "deadline-not-after-start", deadline, startDate);
        } else if (targetDate != null && deadline.isAfter(targetDate)) {
            violations.add(field, "deadline-after-target-date", deadline, targetDate);
        }
    }

    /**
     * The rules of an indicator added to a registered innovation: those of registration, a name not used by
     * another of its indicators (retired ones included, so history stays unambiguous), and room under the
     * largest number of indicators in use.
     *
     * @throws ApiProblem listing every broken rule, fields unprefixed
     */
    public static void checkAddition(NewIndicator indicator, List<Indicator> existing, int maxInUse,
                                     LocalDate startDate, LocalDate targetDate) {
        Violations violations = new Violations();
        check(indicator, "", startDate, targetDate, violations);
        if (indicator.name() != null && existing.stream().anyMatch(other ->
                other.name().equalsIgnoreCase(indicator.name().strip()))) {
            violations.add("name", "indicator-name-duplicate", indicator.name().strip());
        }
        if (existing.stream().filter(Indicator::inUse).count() >= maxInUse) {
            violations.add("indicators", "indicators-too-many", maxInUse);
        }
        violations.throwIfAny();
    }

    /**
     * The indicator with a new target and/or deadline, the old ones kept in its revisions. The new values must
     * make a judgeable indicator of its kind (a trend's target differs from its baseline in the direction of
     * its polarity; a milestone has no target) and the deadline stays within the innovation's time.
     *
     * @throws ApiProblem 409 {@code indicator-retired} for a retired indicator; 400 listing every broken rule
     */
    public static Indicator revise(Indicator current, IndicatorRevision revision, LocalDate startDate,
                                   LocalDate targetDate, String revisedBy, Instant now) {
        if (!current.inUse()) {
            throw ApiProblem.conflict("indicator-retired", current.id());
        }
        Violations violations = new Violations();
        violations.requiredText("reason", revision.reason(), MAX_REASON_LENGTH);
        BigDecimal newTarget = revision.target() == null ? current.target() : revision.target();
        LocalDate newDeadline = revision.deadline() == null ? current.deadline() : revision.deadline();
        boolean targetChanged = revision.target() != null
                && (current.target() == null || revision.target().compareTo(current.target()) != 0);
        boolean deadlineChanged = revision.deadline() != null && !revision.deadline().equals(current.deadline());
        if (!targetChanged && !deadlineChanged) {
            violations.add("target", "revision-changes-nothing");
        }
        NewIndicator revised = new NewIndicator(current.name(), current.kind(), current.unit(), current.polarity(),
                current.baseline(), newTarget, newDeadline, current.frequency());
        switch (current.kind()) {
            case TREND -> checkTrend(revised, "", violations);
            case BOUND -> checkBound(revised, "", violations);
            case MILESTONE -> checkMilestone(revised, "", violations);
        }
        checkDeadline(newDeadline, "deadline", startDate, targetDate, violations);
        violations.throwIfAny();
        return current.revised(new TargetRevision(current.target(), newTarget, current.deadline(), newDeadline,
                revision.reason().strip(), revisedBy, now));
    }

    /**
     * The indicator retired: no longer measured, kept with its history. An innovation keeps at least one
     * indicator in use, or it could not be judged at all.
     *
     * @throws ApiProblem 409 {@code indicator-retired} when it is already, 409 {@code last-indicator} for the
     *                    last one in use, 400 without a reason
     */
    public static Indicator retire(Indicator current, List<Indicator> all, IndicatorRetirement retirement,
                                   String retiredBy, Instant now) {
        if (!current.inUse()) {
            throw ApiProblem.conflict("indicator-retired", current.id());
        }
        Violations violations = new Violations();
        violations.requiredText("reason", retirement.reason(), MAX_REASON_LENGTH);
        violations.throwIfAny();
        if (all.stream().filter(Indicator::inUse).count() <= 1) {
            throw ApiProblem.conflict("last-indicator", current.id());
        }
        return current.retired(retirement.reason().strip(), retiredBy, now);
    }

    /** A field of an indicator: its name under {@code path}, or the name alone for an indicator addressed by id. */
    private static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
