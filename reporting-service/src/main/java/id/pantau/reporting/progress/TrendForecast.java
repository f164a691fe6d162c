package id.pantau.reporting.progress;

import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * DOMAIN.md's forecast: with at least three measurements, the least-squares line through them (value by day); its
 * value at the deadline and the day it reaches the target ({@code reachDate} null: never, the line is flat or goes
 * the wrong way). A miss is projected when the value at the deadline falls short of the target.
 */
public record TrendForecast(BigDecimal projectedAtDeadline, LocalDate reachDate, boolean missProjected, int points) {

    public static final int MINIMUM_POINTS = 3;

    /** A measured value on a day (a period's last day). */
    public record Point(LocalDate day, BigDecimal value) {
    }

    public static Optional<TrendForecast> of(List<Point> points, BigDecimal target, Polarity polarity,
                                             LocalDate deadline) {
        if (points.size() < MINIMUM_POINTS || target == null || deadline == null) {
            return Optional.empty();
        }
        int n = points.size();
        double meanX = points.stream().mapToDouble(point -> point.day().toEpochDay()).average().orElseThrow();
        double meanY = points.stream().mapToDouble(point -> point.value().doubleValue()).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Point point : points) {
            double dx = point.day().toEpochDay() - meanX;
            sxy += dx * (point.value().doubleValue() - meanY);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            return Optional.empty(); // every measurement on one day: no line
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double atDeadline = intercept + slope * deadline.toEpochDay();
        boolean lowerIsBetter = polarity == Polarity.LOWER_IS_BETTER;
        boolean towardTarget = lowerIsBetter ? slope < 0 : slope > 0;
        LocalDate reach = towardTarget
                ? LocalDate.ofEpochDay((long) Math.ceil((target.doubleValue() - intercept) / slope)) : null;
        boolean miss = lowerIsBetter ? atDeadline > target.doubleValue() : atDeadline < target.doubleValue();
        return Optional.of(new TrendForecast(BigDecimal.valueOf(atDeadline).setScale(4, RoundingMode.HALF_UP), reach,
                miss, n));
    }
}
