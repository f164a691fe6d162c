package id.pantau.monitoring.judging;

import static id.pantau.monitoring.IndicatorFixtures.dataCentralised;
import static id.pantau.monitoring.IndicatorFixtures.serviceTime;
import static id.pantau.monitoring.IndicatorFixtures.trend;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastTest {

    @Test
    void aSlowingFallProjectsAMissAndTheDayTheTargetWouldBeReached() {
        // service time 8.6, 8.0, 7.6 days at the ends of January to March: about −0.0169 days a day
        Forecast forecast = Forecast.of(serviceTime(), points("8.6", "8.0", "7.6"), 6).orElseThrow();

        assertThat(forecast.points()).isEqualTo(3);
        assertThat(forecast.slope()).isEqualByComparingTo("-0.016877");
        assertThat(forecast.projectedAtDeadline()).isEqualByComparingTo("6.0245");
        assertThat(forecast.projectedReachDate()).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(forecast.misses()).isTrue();
    }

    @Test
    void aFallFastEnoughReachesTheTargetBeforeTheDeadline() {
        Forecast forecast = Forecast.of(serviceTime(), points("10", "10", "7"), 6).orElseThrow();

        assertThat(forecast.projectedAtDeadline()).isEqualByComparingTo("2.7486");
        assertThat(forecast.projectedReachDate()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(forecast.misses()).isFalse();
    }

    @Test
    void aRiseTowardsAHigherTargetIsProjectedTheSameWay() {
        Forecast forecast = Forecast.of(trend(Polarity.HIGHER_IS_BETTER, "20", "80", "%"), points("30", "40", "50"), 6)
                .orElseThrow();

        assertThat(forecast.projectedAtDeadline()).isEqualByComparingTo("80.9816");
        assertThat(forecast.projectedReachDate()).isEqualTo(LocalDate.of(2026, 6, 28));
        assertThat(forecast.misses()).isFalse();
    }

    @Test
    void aFlatTrendNeverReachesTheTarget() {
        Forecast forecast = Forecast.of(serviceTime(), points("10", "10", "10"), 6).orElseThrow();

        assertThat(forecast.slope()).isEqualByComparingTo("0");
        assertThat(forecast.projectedAtDeadline()).isEqualByComparingTo("10");
        assertThat(forecast.projectedReachDate()).isNull();
        assertThat(forecast.misses()).isTrue();
    }

    @Test
    void aTrendGoingTheWrongWayNeverReachesTheTarget() {
        Forecast rising = Forecast.of(serviceTime(), points("9", "9.5", "10"), 6).orElseThrow();

        assertThat(rising.projectedReachDate()).isNull();
        assertThat(rising.misses()).isTrue();
    }

    @Test
    void onlyTheLatestValuesOfTheWindowAreUsed() {
        // an early outlier outside the window of three does not bend the line
        List<Forecast.Point> four = points("30", "10", "10", "7");

        assertThat(Forecast.of(serviceTime(), four, 3)).isEqualTo(Forecast.of(serviceTime(), four.subList(1, 4), 6));
        assertThat(Forecast.of(serviceTime(), four, 3).orElseThrow().points()).isEqualTo(3);
    }

    @Test
    void fewerThanThreeValuesOrAnIndicatorThatIsNoTrendHaveNoForecast() {
        assertThat(Forecast.of(serviceTime(), points("10", "9"), 6)).isEmpty();
        assertThat(Forecast.of(dataCentralised(), points("0", "0", "1"), 6)).isEmpty();
    }

    /** Values at the ends of consecutive months from January 2026. */
    private static List<Forecast.Point> points(String... values) {
        List<Forecast.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Forecast.Point(LocalDate.of(2026, 1, 1).plusMonths(i + 1).minusDays(1),
                    new BigDecimal(values[i])));
        }
        return points;
    }
}
