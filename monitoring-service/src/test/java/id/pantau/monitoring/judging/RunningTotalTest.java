package id.pantau.monitoring.judging;

import static id.pantau.monitoring.IndicatorFixtures.onlineUsers;
import static id.pantau.monitoring.IndicatorFixtures.responseTime;
import static id.pantau.monitoring.IndicatorFixtures.serviceTime;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Aggregation;
import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningTotalTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 28);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

    @Test
    void aFlowTrendIsJudgedByItsValueAddedToThoseOfEarlierPeriods() {
        assertThat(RunningTotal.of(onlineUsers(), new BigDecimal("120"), List.of(new BigDecimal("100"),
                new BigDecimal("80")))).isEqualByComparingTo("300");
        assertThat(RunningTotal.of(onlineUsers(), new BigDecimal("100"), List.of())).isEqualByComparingTo("100");
    }

    @Test
    void aStockRateOrPercentageIsJudgedByThePeriodsOwnValue() {
        assertThat(RunningTotal.of(serviceTime(), new BigDecimal("7"), List.of(new BigDecimal("10"),
                new BigDecimal("9.5")))).isEqualByComparingTo("7");
    }

    @Test
    void aBoundIsALimitOnEachPeriodEvenWhenItsValuesAreAFlow() {
        Indicator complaintsAnsweredLate = responseTime();
        Indicator summed = new Indicator(complaintsAnsweredLate.indicatorId(), complaintsAnsweredLate.innovationId(),
                complaintsAnsweredLate.regionCode(), complaintsAnsweredLate.opdCode(), null, null,
                complaintsAnsweredLate.startDate(), "Aduan terlambat", complaintsAnsweredLate.kind(), "aduan",
                complaintsAnsweredLate.polarity(), null, complaintsAnsweredLate.target(),
                complaintsAnsweredLate.deadline(), complaintsAnsweredLate.frequency(), null, List.of(), null, null,
                null, null, List.of(), null, Aggregation.SUM);

        assertThat(summed.isJudgedCumulatively()).isFalse();
        assertThat(RunningTotal.of(summed, new BigDecimal("1"), List.of(new BigDecimal("2"))))
                .isEqualByComparingTo("1");
    }

    @Test
    void throughAPeriodSumsTheValuesOfThatPeriodAndTheEarlierOnesOnly() {
        List<Forecast.Point> values = List.of(point(JANUARY, "100"), point(FEBRUARY, "80"), point(MARCH, "120"));

        assertThat(RunningTotal.through(onlineUsers(), FEBRUARY, new BigDecimal("80"), values))
                .isEqualByComparingTo("180");
        assertThat(RunningTotal.through(onlineUsers(), MARCH, new BigDecimal("120"), values))
                .isEqualByComparingTo("300");
    }

    @Test
    void aLateEarlierPeriodMovesTheRunningTotalOfTheLatestOne() {
        List<Forecast.Point> beforeFebruary = List.of(point(JANUARY, "100"), point(MARCH, "120"));
        List<Forecast.Point> withFebruary = List.of(point(JANUARY, "100"), point(MARCH, "120"),
                point(FEBRUARY, "80"));

        assertThat(RunningTotal.through(onlineUsers(), MARCH, new BigDecimal("120"), beforeFebruary))
                .isEqualByComparingTo("220");
        assertThat(RunningTotal.through(onlineUsers(), MARCH, new BigDecimal("120"), withFebruary))
                .isEqualByComparingTo("300");
    }

    @Test
    void theSeriesOfAFlowIsItsRunningTotalsInPeriodOrder() {
        List<Forecast.Point> series = RunningTotal.series(onlineUsers(),
                List.of(point(MARCH, "120"), point(JANUARY, "100"), point(FEBRUARY, "80")));

        assertThat(series).extracting(Forecast.Point::day).containsExactly(JANUARY, FEBRUARY, MARCH);
        assertThat(series).extracting(Forecast.Point::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("180"), new BigDecimal("300"));
    }

    @Test
    void theSeriesOfALastValueIsItsValues() {
        List<Forecast.Point> values = List.of(point(JANUARY, "10"), point(FEBRUARY, "9.5"));

        assertThat(RunningTotal.series(serviceTime(), values)).isEqualTo(values);
    }

    private static Forecast.Point point(LocalDate day, String value) {
        return new Forecast.Point(day, new BigDecimal(value));
    }
}
