package id.pantau.monitoring.status;

import id.pantau.events.Period;
import id.pantau.monitoring.compliance.ReportingPeriods;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.judging.ExpectedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One reporting period of an indicator for charts: the value expected at its last day (a trend's, by the target in
 * force then; a bound's limit; none for a milestone), the value it is judged by ({@code actual}) and the period's
 * own measured value ({@code value}), if any. A flow trend is charted by running totals: its expected value is the
 * total expected by then and its actual the realisasi summed through the period; for every other indicator the
 * actual is the period's value.
 */
public record SeriesPoint(String period, BigDecimal expected, BigDecimal actual, BigDecimal value) {

    /** Every period of the indicator's life, in order, with the measured values by period code. */
    static List<SeriesPoint> of(Indicator indicator, Map<String, BigDecimal> measured) {
        if (indicator.startDate() == null || indicator.deadline() == null || indicator.frequency() == null) {
            return List.of();
        }
        List<SeriesPoint> points = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Period period : ReportingPeriods.between(indicator.startDate(), indicator.deadline(),
                indicator.frequency())) {
            BigDecimal value = measured.get(period.code());
            BigDecimal actual = value;
            if (indicator.isJudgedCumulatively()) {
                total = value == null ? total : total.add(value);
                actual = value == null ? null : total;
            }
            points.add(new SeriesPoint(period.code(), expected(indicator, period), actual, value));
        }
        return points;
    }

    private static BigDecimal expected(Indicator indicator, Period period) {
        Indicator inForce = indicator.inForceOn(period.end());
        return switch (inForce.kind()) {
            case TREND -> inForce.baseline() == null || inForce.target() == null ? null
                    : ExpectedValue.of(inForce, period).setScale(4, RoundingMode.HALF_UP);
            case BOUND -> inForce.target();
            case MILESTONE -> null;
        };
    }
}
