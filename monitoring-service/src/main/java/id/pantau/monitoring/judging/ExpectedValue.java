package id.pantau.monitoring.judging;

import id.pantau.events.Period;
import id.pantau.events.PeriodTarget;
import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;

/**
 * The value a trend indicator is expected to have reached at the end of a period, by the definition in force then.
 * An explicit target of the period ("target triwulan") wins over the linear trajectory. For an indicator judged by
 * its running total (a flow) the trajectory already runs from B to the total T due by the deadline, and a period
 * target is that period's own amount: the expectation is then the sum of the period targets up to and including the
 * period.
 */
public final class ExpectedValue {

    private ExpectedValue() {
    }

    /** @param indicator the definition in force at the period's end ({@link Indicator#inForceOn}) */
    public static BigDecimal of(Indicator indicator, Period period) {
        return indicator.periodTarget(period.code())
                .map(own -> indicator.isJudgedCumulatively() ? targetsThrough(indicator, period) : own)
                .orElseGet(() -> new LinearTrajectory(indicator.baseline(), indicator.target(), indicator.startDate(),
                        indicator.deadline()).expectedAt(period.end()));
    }

    private static BigDecimal targetsThrough(Indicator indicator, Period period) {
        return indicator.periodTargets().stream()
                .filter(target -> Period.parse(target.period(), indicator.frequency())
                        .filter(other -> !other.end().isAfter(period.end())).isPresent())
                .map(PeriodTarget::target)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
