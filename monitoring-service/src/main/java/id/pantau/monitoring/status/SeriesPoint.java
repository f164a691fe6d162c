package id.pantau.monitoring.status;

import id.pantau.events.Period;
import id.pantau.monitoring.compliance.ReportingPeriods;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.judging.LinearTrajectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * One reporting period of an indicator for charts: the value expected at its last day (a trend's trajectory, by the
 * target in force then; a bound's limit; none for a milestone) and the value measured, if any.
 */
public record SeriesPoint(String period, BigDecimal expected, BigDecimal actual) {

    /** Every period of the indicator's life, in order, with the measured values by period code. */
    static List<SeriesPoint> of(Indicator indicator, Map<String, BigDecimal> measured) {
        if (indicator.startDate() == null || indicator.deadline() == null || indicator.frequency() == null) {
            return List.of();
        }
        return ReportingPeriods.between(indicator.startDate(), indicator.deadline(), indicator.frequency()).stream()
                .map(period -> new SeriesPoint(period.code(), expected(indicator, period),
                        measured.get(period.code())))
                .toList();
    }

    private static BigDecimal expected(Indicator indicator, Period period) {
        Indicator inForce = indicator.inForceOn(period.end());
        return switch (inForce.kind()) {
            case TREND -> inForce.baseline() == null || inForce.target() == null ? null
                    : inForce.periodTarget(period.code()).orElseGet(() -> new LinearTrajectory(inForce.baseline(),
                    inForce.target(), inForce.startDate(), inForce.deadline()).expectedAt(period.end()))
                    .setScale(4, RoundingMode.HALF_UP);
            case BOUND -> inForce.target();
            case MILESTONE -> null;
        };
    }
}
