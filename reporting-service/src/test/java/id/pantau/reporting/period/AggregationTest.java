package id.pantau.reporting.period;

import id.pantau.events.Period;
import id.pantau.reporting.period.Aggregation.PeriodValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AggregationTest {

    /** January to March, handed over in no particular order. */
    private static final List<PeriodValue> FIRST_QUARTER = List.of(value("2026-02", "120"), value("2026-03", "95.5"),
            value("2026-01", "80"));

    @Test
    void aFlowIsTheSumOfItsPeriods() {
        assertThat(Aggregation.SUM.of(FIRST_QUARTER)).hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("295.5"));
    }

    @Test
    void aStockTakesTheValueOfTheLatestPeriod() {
        assertThat(Aggregation.LAST.of(FIRST_QUARTER)).hasValueSatisfying(last -> assertThat(last).isEqualByComparingTo("95.5"));
    }

    @Test
    void ofAMonthAndItsTriwulanEndingTheSameDayTheMonthIsTheLatest() {
        assertThat(Aggregation.LAST.of(List.of(value("2026-03", "7"), value("2026-Q1", "8"))))
                .hasValueSatisfying(last -> assertThat(last).isEqualByComparingTo("7"));
    }

    @Test
    void nothingMeasuredIsNoValueRatherThanZero() {
        assertThat(Aggregation.SUM.of(List.of())).isEmpty();
        assertThat(Aggregation.LAST.of(List.of())).isEmpty();
    }

    private static PeriodValue value(String period, String value) {
        return new PeriodValue(Period.of(period), new BigDecimal(value));
    }
}
