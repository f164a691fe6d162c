package id.pantau.reporting.progress;

import id.pantau.events.Polarity;
import id.pantau.reporting.progress.TrendForecast.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendForecastTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @Test
    void aLineThroughTheMeasurementsProjectsTheDeadlineValueAndTheDayTheTargetIsReached() {
        // one day less every 30 days from 10 on 1 January: 5 days would be reached 150 days later, on 31 May
        List<Point> points = List.of(point(2026, 1, 1, "10"), point(2026, 1, 31, "9"), point(2026, 3, 2, "8"));

        TrendForecast forecast = TrendForecast.of(points, new BigDecimal("5"), Polarity.LOWER_IS_BETTER, DEADLINE).orElseThrow();

        assertThat(forecast.projectedAtDeadline()).isEqualByComparingTo("4"); // 10 - 180/30
        assertThat(forecast.reachDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(forecast.missProjected()).isFalse();
        assertThat(forecast.points()).isEqualTo(3);
    }

    @Test
    void aLineGoingTheWrongWayNeverReachesTheTargetAndMissesIt() {
        List<Point> points = List.of(point(2026, 1, 31, "70"), point(2026, 2, 28, "69"), point(2026, 3, 31, "68"));

        TrendForecast forecast = TrendForecast.of(points, new BigDecimal("85"), Polarity.HIGHER_IS_BETTER, DEADLINE).orElseThrow();

        assertThat(forecast.reachDate()).isNull();
        assertThat(forecast.missProjected()).isTrue();
    }

    @Test
    void fewerThanThreePointsOrAllOnOneDayGiveNoForecast() {
        assertThat(TrendForecast.of(List.of(point(2026, 1, 31, "9"), point(2026, 2, 28, "8")), BigDecimal.ONE,
                Polarity.LOWER_IS_BETTER, DEADLINE)).isEmpty();
        assertThat(TrendForecast.of(List.of(point(2026, 1, 31, "9"), point(2026, 1, 31, "8"), point(2026, 1, 31, "7")),
                BigDecimal.ONE, Polarity.LOWER_IS_BETTER, DEADLINE)).isEmpty();
    }

    private static Point point(int year, int month, int day, String value) {
        return new Point(LocalDate.of(year, month, day), new BigDecimal(value));
    }
}
