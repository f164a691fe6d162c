package id.pantau.monitoring;

import static id.pantau.monitoring.IndicatorFixtures.onlineUsers;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.IndicatorHealth;
import id.pantau.events.Period;
import id.pantau.events.PeriodTarget;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.judging.Forecast;
import id.pantau.monitoring.judging.HealthThresholds;
import id.pantau.monitoring.judging.IndicatorJudge;
import id.pantau.monitoring.judging.Judgement;
import id.pantau.monitoring.judging.RunningTotal;
import id.pantau.monitoring.judging.Slip;
import id.pantau.monitoring.judging.Tolerance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flow example of the README: Disdukcapil's users of its online service, a flow summed over the months, baseline
 * 0 on 1 January 2026, target 1,200 users by 31 December (364 days), monthly, tolerance 0.10. Each month is judged by
 * the realisasi up to and including it, against the total expected by its last day: E(t) = 1,200 · days(1 Jan → t)/364.
 */
class FlowWorkedExampleTest {

    private final IndicatorJudge judge = new IndicatorJudge(Tolerance.of("0.10"), HealthThresholds.DEFAULTS);
    private final List<Forecast.Point> values = new ArrayList<>();
    private Slip slip;
    private IndicatorHealth health;

    @Test
    void monthByMonthTheRunningTotalIsJudgedAgainstTheTotalExpectedSoFar() {
        month(onlineUsers(), "2026-01", "100", "100", "98.9011", "1.0111", "101.11", IndicatorHealth.ON_TRACK, null);
        month(onlineUsers(), "2026-02", "80", "180", "191.2088", "0.9414", "94.14", IndicatorHealth.BEHIND, null);
        month(onlineUsers(), "2026-03", "120", "300", "293.4066", "1.0225", "102.25", IndicatorHealth.ON_TRACK, null);
    }

    @Test
    void aMonthFarBehindSlipsAndTheRunningTotalCatchingUpRecovers() {
        month(onlineUsers(), "2026-01", "100", "100", "98.9011", "1.0111", "101.11", IndicatorHealth.ON_TRACK, null);
        // 150 of the 191.2 users expected by 28 February: ρ below 1 − 2τ
        Judgement february = month(onlineUsers(), "2026-02", "50", "150", "191.2088", "0.7845", "78.45",
                IndicatorHealth.AT_RISK, Severity.RED);
        assertThat(february.slip().rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
        assertThat(february.actual()).as("the judged actual is the running total").isEqualByComparingTo("150");
        month(onlineUsers(), "2026-03", "150", "300", "293.4066", "1.0225", "102.25", IndicatorHealth.ON_TRACK, null);
    }

    @Test
    void theForecastIsDrawnThroughTheRunningTotals() {
        month(onlineUsers(), "2026-01", "100", "100", "98.9011", "1.0111", "101.11", IndicatorHealth.ON_TRACK, null);
        month(onlineUsers(), "2026-02", "80", "180", "191.2088", "0.9414", "94.14", IndicatorHealth.BEHIND, null);
        month(onlineUsers(), "2026-03", "120", "300", "293.4066", "1.0225", "102.25", IndicatorHealth.ON_TRACK, null);

        // through (31 Jan, 100), (28 Feb, 180), (31 Mar, 300): 5,920/1,742 ≈ 3.3984 users a day, 1,229.84 by
        // 31 December (305 days after the mean day, 1 March, at 193.33), 1,200 on the 326th day after 31 January
        Forecast forecast = Forecast.of(onlineUsers(), RunningTotal.series(onlineUsers(), values), 6).orElseThrow();
        assertThat(forecast.slope()).isEqualByComparingTo("3.398393");
        assertThat(forecast.projectedAtDeadline()).isEqualByComparingTo("1229.8431");
        assertThat(forecast.projectedReachDate()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(forecast.misses()).isFalse();
        // the monthly amounts themselves (about 100 a month) would say nothing about the total reached
        assertThat(Forecast.of(onlineUsers(), values, 6).orElseThrow().misses()).isTrue();
    }

    @Test
    void aLateEarlierMonthMovesTheRunningTotalOfTheLatestOne() {
        Indicator users = onlineUsers();
        Period march = period("2026-03");
        List<Forecast.Point> withoutFebruary = List.of(point("2026-01", "100"), point("2026-03", "120"));
        Judgement before = judge.judge(users, march,
                RunningTotal.through(users, march.end(), new BigDecimal("120"), withoutFebruary), null);
        assertThat(before.actual()).isEqualByComparingTo("220");
        assertThat(before.progressRatio()).isEqualByComparingTo("0.7498");
        assertThat(before.slip()).isEqualTo(Slip.red(SlipRule.BEHIND_TRAJECTORY));

        List<Forecast.Point> withFebruary = List.of(point("2026-01", "100"), point("2026-02", "80"),
                point("2026-03", "120"));
        Judgement after = judge.judge(users, march,
                RunningTotal.through(users, march.end(), new BigDecimal("120"), withFebruary), before.slip());
        assertThat(after.actual()).isEqualByComparingTo("300");
        assertThat(after.progressRatio()).isEqualByComparingTo("1.0225");
        assertThat(after.slip()).isNull();
    }

    @Test
    void explicitPeriodTargetsAreSummedThroughThePeriod() {
        Indicator scheduled = onlineUsers(List.of(new PeriodTarget("2026-01", new BigDecimal("50")),
                new PeriodTarget("2026-02", new BigDecimal("100")), new PeriodTarget("2026-03", new BigDecimal("150"))));

        month(scheduled, "2026-01", "100", "100", "50.0000", "2.0000", "200.00", IndicatorHealth.ON_TRACK, null);
        month(scheduled, "2026-02", "80", "180", "150.0000", "1.2000", "120.00", IndicatorHealth.ON_TRACK, null);
        month(scheduled, "2026-03", "100", "280", "300.0000", "0.9333", "93.33", IndicatorHealth.BEHIND, null);
    }

    @Test
    void theTargetIsAchievedWhenTheRunningTotalReachesIt() {
        values.add(point("2026-05", "1100"));

        Judgement june = judge.judge(onlineUsers(), period("2026-06"),
                RunningTotal.through(onlineUsers(), period("2026-06").end(), new BigDecimal("100"), values), null);

        assertThat(june.actual()).isEqualByComparingTo("1200");
        assertThat(june.health()).isEqualTo(IndicatorHealth.ACHIEVED);
        assertThat(june.slip()).isNull();
    }

    @Test
    void theDeadlineIsMissedWhenTheRunningTotalFallsShortOfTheTotal() {
        values.add(point("2026-11", "1100"));

        Judgement december = judge.judge(onlineUsers(), period("2026-12"),
                RunningTotal.through(onlineUsers(), period("2026-12").end(), new BigDecimal("90"), values), null);

        assertThat(december.actual()).isEqualByComparingTo("1190");
        assertThat(december.expected()).isEqualByComparingTo("1200");
        assertThat(december.health()).isEqualTo(IndicatorHealth.MISSED);
        assertThat(december.slip()).isEqualTo(Slip.red(SlipRule.DEADLINE_MISSED));
    }

    private Judgement month(Indicator indicator, String code, String value, String runningTotal, String expected,
                            String ratio, String capaian, IndicatorHealth expectedHealth, Severity severity) {
        Period period = period(code);
        values.add(new Forecast.Point(period.end(), new BigDecimal(value)));
        BigDecimal total = RunningTotal.through(indicator, period.end(), new BigDecimal(value), values);
        Judgement judgement = judge.judge(indicator, period, total, slip, health);
        assertThat(total).as(code + " running total").isEqualByComparingTo(runningTotal);
        assertThat(judgement.expected()).as(code + " expected").isEqualByComparingTo(expected);
        assertThat(judgement.progressRatio()).as(code + " ρ").isEqualByComparingTo(ratio);
        assertThat(judgement.capaian()).as(code + " capaian").isEqualByComparingTo(capaian);
        assertThat(judgement.health()).as(code + " health").isEqualTo(expectedHealth);
        assertThat(judgement.slip() == null ? null : judgement.slip().severity()).as(code + " slip").isEqualTo(severity);
        slip = judgement.slip();
        health = judgement.health();
        return judgement;
    }

    private static Forecast.Point point(String code, String value) {
        return new Forecast.Point(period(code).end(), new BigDecimal(value));
    }

    private static Period period(String code) {
        return Period.parse(code, ReportingFrequency.MONTHLY).orElseThrow();
    }
}
