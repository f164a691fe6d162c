package id.pantau.innovation.indicator;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import java.time.LocalDate;

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
        violations.requiredText(path + ".name", indicator.name(), MAX_NAME_LENGTH);
        violations.requiredText(path + ".unit", indicator.unit(), MAX_UNIT_LENGTH);
        violations.required(path + ".frequency", indicator.frequency());
        if (violations.required(path + ".kind", indicator.kind())) {
            switch (indicator.kind()) {
                case TREND -> checkTrend(indicator, path, violations);
                case BOUND -> checkBound(indicator, path, violations);
                case MILESTONE -> checkMilestone(indicator, path, violations);
            }
        }
        checkDeadline(indicator.deadline(), path + ".deadline", startDate, targetDate, violations);
    }

    /** The indicator as registered, with its defaults; only for an indicator {@link #check} accepted. */
    public static Indicator define(String id, NewIndicator indicator, LocalDate targetDate) {
        Polarity polarity = indicator.kind() == IndicatorKind.MILESTONE ? Polarity.HIGHER_IS_BETTER : indicator.polarity();
        return new Indicator(id, indicator.name().strip(), indicator.kind(), indicator.unit().strip(), polarity,
                indicator.baseline(), indicator.target(),
                indicator.deadline() == null ? targetDate : indicator.deadline(), indicator.frequency(), null);
    }

    private static void checkTrend(NewIndicator indicator, String path, Violations violations) {
        boolean hasPolarity = violations.required(path + ".polarity", indicator.polarity());
        boolean hasBaseline = violations.required(path + ".baseline", indicator.baseline());
        boolean hasTarget = violations.required(path + ".target", indicator.target());
        if (!hasBaseline || !hasTarget) {
            return;
        }
        int direction = indicator.target().compareTo(indicator.baseline());
        if (direction == 0) {
            violations.add(path + ".target", "trend-target-equals-baseline", indicator.baseline());
        } else if (hasPolarity && indicator.polarity() == Polarity.HIGHER_IS_BETTER && direction < 0) {
            violations.add(path + ".target", "trend-target-below-baseline", indicator.target(), indicator.baseline());
        } else if (hasPolarity && indicator.polarity() == Polarity.LOWER_IS_BETTER && direction > 0) {
            violations.add(path + ".target", "trend-target-above-baseline", indicator.target(), indicator.baseline());
        }
    }

    /** A baseline is allowed: it records where the value stood, though only the limit is judged. */
    private static void checkBound(NewIndicator indicator, String path, Violations violations) {
        violations.required(path + ".polarity", indicator.polarity());
        violations.required(path + ".target", indicator.target());
    }

    private static void checkMilestone(NewIndicator indicator, String path, Violations violations) {
        if (indicator.polarity() == Polarity.LOWER_IS_BETTER) {
            violations.add(path + ".polarity", "milestone-polarity");
        }
        if (indicator.baseline() != null) {
            violations.add(path + ".baseline", "milestone-without-values");
        }
        if (indicator.target() != null) {
            violations.add(path + ".target", "milestone-without-values");
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
}
