package id.pantau.monitoring.judging;

import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a trend indicator is heading (DOMAIN.md "Forecast"): the least-squares line through its most recent values
 * (each at the last day of its period), the value it projects at the deadline and the day it projects the target
 * to be reached, null when never (a flat line, or one going the wrong way). It {@code misses} when the value at the
 * deadline does not meet the target.
 *
 * @param slope per day, in the indicator's unit
 */
public record Forecast(int points, BigDecimal slope, BigDecimal projectedAtDeadline, LocalDate projectedReachDate,
                       boolean misses) {

    /** The fewest values a line is drawn through. */
    public static final int MIN_POINTS = 3;

    /** One measured value at the last day of its period. */
    public record Point(LocalDate day, BigDecimal value) {
    }

    /**
     * @param recent the indicator's values, oldest first, of which the last {@code window} are used
     * @return empty for an indicator that is no trend or has fewer than {@link #MIN_POINTS} values
     */
    public static Optional<Forecast> of(Indicator indicator, List<Point> recent, int window) {
        List<Point> points = recent.subList(Math.max(0, recent.size() - window), recent.size());
        if (indicator.kind() != id.pantau.events.IndicatorKind.TREND || indicator.target() == null
                || indicator.deadline() == null || points.size() < MIN_POINTS) {
            return Optional.empty();
        }
        int n = points.size();
        double meanX = points.stream().mapToDouble(p -> p.day().toEpochDay()).sum() / n;
        double meanY = points.stream().mapToDouble(p -> p.value().doubleValue()).sum() / n;
        double covariance = 0;
        double variance = 0;
        for (Point point : points) {
            double dx = point.day().toEpochDay() - meanX;
            covariance += dx * (point.value().doubleValue() - meanY);
            variance += dx * dx;
        }
        if (variance == 0) {
            return Optional.empty();
        }
        double slope = covariance / variance;
        double intercept = meanY - slope * meanX;
        double atDeadline = intercept + slope * indicator.deadline().toEpochDay();
        BigDecimal projected = BigDecimal.valueOf(atDeadline).setScale(4, RoundingMode.HALF_UP);
        double target = indicator.target().doubleValue();
        double direction = Math.signum(indicator.polarity() == id.pantau.events.Polarity.LOWER_IS_BETTER ? -1 : 1);
        LocalDate reach = null;
        if (Math.signum(slope) == direction) {
            reach = LocalDate.ofEpochDay((long) Math.ceil((target - intercept) / slope));
        }
        return Optional.of(new Forecast(n, BigDecimal.valueOf(slope).setScale(6, RoundingMode.HALF_UP), projected,
                reach, !indicator.isMetBy(projected)));
    }
}
