package id.pantau.monitoring.judging;

import static id.pantau.monitoring.IndicatorFixtures.onlineUsers;
import static id.pantau.monitoring.IndicatorFixtures.trend;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Aggregation;
import id.pantau.events.Period;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedValueTest {

    private static final List<PeriodTarget> MONTHLY_AMOUNTS = List.of(target("2026-01", "50"),
            target("2026-02", "100"), target("2026-03", "150"));

    @Test
    void aFlowsLinearTrajectoryRunsFromTheBaselineToTheTotalDueByTheDeadline() {
        // 1,200 users over the 364 days from 1 January to 31 December: 30, 58 and 89 days by the ends of Jan–Mar
        assertThat(ExpectedValue.of(onlineUsers(), month("2026-01"))).isEqualByComparingTo("98.90109890109890");
        assertThat(ExpectedValue.of(onlineUsers(), month("2026-03"))).isEqualByComparingTo("293.4065934065934");
        assertThat(ExpectedValue.of(onlineUsers(), month("2026-12"))).isEqualByComparingTo("1200");
    }

    @Test
    void aFlowsPeriodTargetsAreAmountsSummedThroughThePeriod() {
        Indicator scheduled = onlineUsers(MONTHLY_AMOUNTS);

        assertThat(ExpectedValue.of(scheduled, month("2026-01"))).isEqualByComparingTo("50");
        assertThat(ExpectedValue.of(scheduled, month("2026-02"))).isEqualByComparingTo("150");
        assertThat(ExpectedValue.of(scheduled, month("2026-03"))).isEqualByComparingTo("300");
    }

    @Test
    void aFlowsPeriodWithoutATargetOfItsOwnFollowsTheLinearTrajectory() {
        assertThat(ExpectedValue.of(onlineUsers(MONTHLY_AMOUNTS), month("2026-04")))
                .isEqualByComparingTo(ExpectedValue.of(onlineUsers(), month("2026-04")));
    }

    @Test
    void aLastValuesPeriodTargetIsTheLevelExpectedAtItsEnd() {
        Indicator coverage = trend(Polarity.HIGHER_IS_BETTER, "20", "80", "%");
        Indicator scheduled = new Indicator(coverage.indicatorId(), coverage.innovationId(), coverage.regionCode(),
                coverage.opdCode(), null, null, coverage.startDate(), coverage.name(), coverage.kind(),
                coverage.unit(), coverage.polarity(), coverage.baseline(), coverage.target(), coverage.deadline(),
                coverage.frequency(), null, List.of(), null, null, null, null, MONTHLY_AMOUNTS, null,
                Aggregation.LAST);

        assertThat(ExpectedValue.of(scheduled, month("2026-02"))).isEqualByComparingTo("100");
    }

    private static Period month(String code) {
        return Period.parse(code, ReportingFrequency.MONTHLY).orElseThrow();
    }

    private static PeriodTarget target(String period, String amount) {
        return new PeriodTarget(period, new BigDecimal(amount));
    }
}
