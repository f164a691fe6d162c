package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.SlipRule;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Judges an indicator by its latest measured period (DOMAIN.md "Formulas"). The time t of a measurement is the
 * last day of its period. The actual it is given is the period's judged value: a flow trend's running total
 * ({@link RunningTotal}), every other indicator's own value of the period. Expected values and progress ratios are kept to 4 decimals, capaian to 2, and the
 * thresholds are applied to the rounded ratio, so the numbers shown explain the verdict.
 */
public final class IndicatorJudge {

    private static final int SCALE = 4;

    private final Tolerance tolerance;
    private final HealthThresholds thresholds;

    public IndicatorJudge(Tolerance tolerance, HealthThresholds thresholds) {
        this.tolerance = tolerance;
        this.thresholds = thresholds;
    }

    /** A judgement without an earlier health to hold on to. */
    public Judgement judge(Indicator indicator, Period period, BigDecimal actual, Slip previous) {
        return judge(indicator, period, actual, previous, null);
    }

    /**
     * @param actual         the period's judged value ({@link RunningTotal})
     * @param previous       the indicator's slip before this judgement, null when it was on track: the trajectory
     *                       rule leaves a worse state only with a margin
     * @param previousHealth the health before, which a trend leaves for a better one only with a margin
     */
    public Judgement judge(Indicator indicator, Period period, BigDecimal actual, Slip previous,
                           IndicatorHealth previousHealth) {
        if (!isDefined(indicator)) {
            return new Judgement(period.code(), actual, null, null, null, IndicatorHealth.NO_DATA, null);
        }
        boolean deadlinePassed = !period.end().isBefore(indicator.deadline());
        return switch (indicator.kind()) {
            case TREND -> trend(indicator, period, actual, previous, previousHealth, deadlinePassed);
            case BOUND -> bound(indicator, period, actual, deadlinePassed);
            case MILESTONE -> milestone(period, actual, deadlinePassed);
        };
    }

    private Judgement trend(Indicator indicator, Period period, BigDecimal actual, Slip previous,
                            IndicatorHealth previousHealth, boolean deadlinePassed) {
        BigDecimal baseline = indicator.baseline();
        BigDecimal expected = ExpectedValue.of(indicator, period);
        boolean met = indicator.isMetBy(actual);
        BigDecimal ratio = expected.compareTo(baseline) == 0 ? null : round(
                actual.subtract(baseline).divide(expected.subtract(baseline), MathContext.DECIMAL64));
        BigDecimal progress = ratio != null ? ratio : closenessToTarget(actual, indicator.target(), met);
        Slip slip;
        if (deadlinePassed && !met) {
            slip = Slip.red(SlipRule.DEADLINE_MISSED);
        } else {
            var severity = BehindTrajectory.severity(progress, previous == null ? null : previous.severity(), tolerance);
            slip = severity == null ? null : new Slip(severity, SlipRule.BEHIND_TRAJECTORY);
        }
        IndicatorHealth health = met ? IndicatorHealth.ACHIEVED : deadlinePassed ? IndicatorHealth.MISSED : thresholds.of(progress, previousHealth);
        return new Judgement(period.code(), actual, round(expected), ratio,
                Capaian.of(indicator.polarity(), indicator.achievementFormulaOrDefault(), actual, expected), health, slip);
    }

    /**
     * Progress cannot be a ratio while the expected value equals the baseline (the first day, or a target that
     * keeps the baseline): the value is judged by its distance to the target, relative to the target, with the
     * same tolerance.
     */
    private static BigDecimal closenessToTarget(BigDecimal actual, BigDecimal target, boolean met) {
        if (met) {
            return BigDecimal.ONE.setScale(SCALE);
        }
        BigDecimal gap = actual.subtract(target).abs();
        BigDecimal relativeGap = target.signum() == 0 ? gap : gap.divide(target.abs(), MathContext.DECIMAL64);
        return round(BigDecimal.ONE.subtract(relativeGap));
    }

    private static Judgement bound(Indicator indicator, Period period, BigDecimal actual, boolean deadlinePassed) {
        boolean respected = indicator.isMetBy(actual);
        IndicatorHealth health = respected
                ? (deadlinePassed ? IndicatorHealth.ACHIEVED : IndicatorHealth.ON_TRACK)
                : (deadlinePassed ? IndicatorHealth.MISSED : IndicatorHealth.AT_RISK);
        return new Judgement(period.code(), actual, indicator.target(), null,
                Capaian.of(indicator.polarity(), indicator.achievementFormulaOrDefault(), actual, indicator.target()),
                health,
                respected ? null : Slip.red(SlipRule.BOUND_BREACHED));
    }

    private static Judgement milestone(Period period, BigDecimal actual, boolean deadlinePassed) {
        boolean done = actual.compareTo(BigDecimal.ONE) == 0;
        IndicatorHealth health = done ? IndicatorHealth.ACHIEVED : deadlinePassed ? IndicatorHealth.MISSED : IndicatorHealth.ON_TRACK;
        return new Judgement(period.code(), actual, null, null, Capaian.ofMilestone(done), health,
                deadlinePassed && !done ? Slip.red(SlipRule.DEADLINE_MISSED) : null);
    }

    private static boolean isDefined(Indicator indicator) {
        if (indicator.kind() == null || indicator.deadline() == null || indicator.polarity() == null) {
            return false;
        }
        return switch (indicator.kind()) {
            case TREND -> indicator.baseline() != null && indicator.target() != null && indicator.startDate() != null;
            case BOUND -> indicator.target() != null;
            case MILESTONE -> true;
        };
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
