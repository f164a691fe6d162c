package id.pantau.monitoring.judging;

import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The value a period is judged by (DOMAIN.md: "flows are summed; stocks, rates and percentages take the last
 * value"). A trend of a flow is judged by its realisasi up to and including the period ("realisasi s.d. periode
 * ini"): the sum of the values of every period from its start through that one. Every other indicator is judged by
 * the period's own value. The sum is always taken over the values as they are stored now, so a late or corrected
 * earlier period moves the running total of every later one.
 */
public final class RunningTotal {

    private RunningTotal() {
    }

    /**
     * @param own     the period's own value
     * @param earlier the values of the indicator's earlier periods
     */
    public static BigDecimal of(Indicator indicator, BigDecimal own, Collection<BigDecimal> earlier) {
        if (!indicator.isJudgedCumulatively()) {
            return own;
        }
        return earlier.stream().reduce(own, BigDecimal::add);
    }

    /** The judged value of the period ending on {@code periodEnd}, from the indicator's values of every period. */
    public static BigDecimal through(Indicator indicator, LocalDate periodEnd, BigDecimal own,
                                     List<Forecast.Point> values) {
        return of(indicator, own, values.stream().filter(point -> point.day().isBefore(periodEnd))
                .map(Forecast.Point::value).toList());
    }

    /**
     * The values as they are judged, oldest first: for a flow trend each period's running total, for every other
     * indicator the values themselves.
     */
    public static List<Forecast.Point> series(Indicator indicator, List<Forecast.Point> values) {
        if (!indicator.isJudgedCumulatively()) {
            return values;
        }
        List<Forecast.Point> totals = new ArrayList<>(values.size());
        BigDecimal total = BigDecimal.ZERO;
        for (Forecast.Point point : values.stream().sorted(Comparator.comparing(Forecast.Point::day)).toList()) {
            total = total.add(point.value());
            totals.add(new Forecast.Point(point.day(), total));
        }
        return totals;
    }
}
