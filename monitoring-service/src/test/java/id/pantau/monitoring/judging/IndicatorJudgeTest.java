package id.pantau.monitoring.judging;

import id.pantau.events.AchievementFormula;
import id.pantau.events.PeriodTarget;
import id.pantau.events.IndicatorHealth;
import static id.pantau.events.Severity.AMBER;
import static id.pantau.events.Severity.RED;
import static id.pantau.events.SlipRule.BEHIND_TRAJECTORY;
import static id.pantau.events.SlipRule.BOUND_BREACHED;
import static id.pantau.events.SlipRule.DEADLINE_MISSED;
import static id.pantau.monitoring.IndicatorFixtures.dataCentralised;
import static id.pantau.monitoring.IndicatorFixtures.responseTime;
import static id.pantau.monitoring.IndicatorFixtures.serviceTime;
import static id.pantau.monitoring.IndicatorFixtures.trend;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndicatorJudgeTest {

    private final IndicatorJudge judge = new IndicatorJudge(Tolerance.of("0.10"), HealthThresholds.DEFAULTS);

    @Nested
    class WorkedExampleOfTheServiceTimeIndicator {

        @Test
        void januaryAtTheBaselineIsRedBehindTrajectory() {
            Judgement january = judge(serviceTime(), "2026-01", "10", null);

            assertThat(january.expected()).isEqualByComparingTo("9.1667");
            assertThat(january.progressRatio()).isEqualByComparingTo("0");
            assertThat(january.slip()).isEqualTo(new Slip(RED, BEHIND_TRAJECTORY));
            assertThat(january.health()).isEqualTo(IndicatorHealth.AT_RISK);
            assertThat(january.capaian()).isEqualByComparingTo("90.91");
        }

        @Test
        void februaryStillAtTheBaselineStaysRed() {
            Judgement february = judge(serviceTime(), "2026-02", "10", new Slip(RED, BEHIND_TRAJECTORY));

            assertThat(february.expected()).isEqualByComparingTo("8.3889");
            assertThat(february.slip()).isEqualTo(new Slip(RED, BEHIND_TRAJECTORY));
        }

        @Test
        void marchAtSevenDaysIsAheadOfTheTrajectoryAndRecovers() {
            Judgement march = judge(serviceTime(), "2026-03", "7", new Slip(RED, BEHIND_TRAJECTORY));

            assertThat(march.expected()).isEqualByComparingTo("7.5278");
            assertThat(march.progressRatio()).isEqualByComparingTo("1.2135");
            assertThat(march.slip()).isNull();
            assertThat(march.health()).isEqualTo(IndicatorHealth.ON_TRACK);
            assertThat(march.capaian()).isEqualByComparingTo("107.01");
        }
    }

    @Nested
    class ProgressRatio {

        @Test
        void isAFractionOfTheExpectedRiseForHigherIsBetter() {
            Judgement march = judge(trend(Polarity.HIGHER_IS_BETTER, "20", "80", "%"), "2026-03", "45", null);

            assertThat(march.expected()).isEqualByComparingTo("49.6667");
            assertThat(march.progressRatio()).isEqualByComparingTo("0.8427");
            assertThat(march.slip()).isEqualTo(new Slip(AMBER, BEHIND_TRAJECTORY));
            assertThat(march.health()).isEqualTo(IndicatorHealth.AT_RISK);
            assertThat(march.capaian()).isEqualByComparingTo("90.60");
        }

        @Test
        void isAFractionOfTheExpectedFallForLowerIsBetter() {
            Judgement march = judge(serviceTime(), "2026-03", "8", null);

            assertThat(march.progressRatio()).isEqualByComparingTo("0.8090");
            assertThat(march.slip()).isEqualTo(new Slip(AMBER, BEHIND_TRAJECTORY));
        }

        @Test
        void isNegativeWhenTheValueMovedAwayFromTheTarget() {
            Judgement march = judge(serviceTime(), "2026-03", "11", null);

            assertThat(march.progressRatio()).isNegative();
            assertThat(march.slip()).isEqualTo(new Slip(RED, BEHIND_TRAJECTORY));
        }

        @Test
        void onTheTrajectoryIsOneAndOnTrack() {
            Judgement march = judge(trend(Polarity.HIGHER_IS_BETTER, "0", "180", "layanan"), "2026-03", "89", null);

            assertThat(march.progressRatio()).isEqualByComparingTo("1");
            assertThat(march.slip()).isNull();
            assertThat(march.health()).isEqualTo(IndicatorHealth.ON_TRACK);
        }

        @Test
        void keepsTheSlipOfTheHysteresisBand() {
            Judgement march = judge(serviceTime(), "2026-03", "7.75", new Slip(AMBER, BEHIND_TRAJECTORY));

            assertThat(march.progressRatio()).isEqualByComparingTo("0.9101");
            assertThat(march.slip()).isEqualTo(new Slip(AMBER, BEHIND_TRAJECTORY));
            assertThat(judge(serviceTime(), "2026-03", "7.75", null).slip()).isNull();
        }
    }

    @Nested
    class WhenTheExpectedValueEqualsTheBaseline {

        private final Indicator startsAtMonthEnd = withStart(serviceTime(), LocalDate.of(2026, 1, 31));

        @Test
        void hasNoRatioAndJudgesTheDistanceToTheTarget() {
            Judgement atBaseline = judge(startsAtMonthEnd, "2026-01", "10", null);

            assertThat(atBaseline.expected()).isEqualByComparingTo("10");
            assertThat(atBaseline.progressRatio()).isNull();
            assertThat(atBaseline.slip()).isEqualTo(new Slip(RED, BEHIND_TRAJECTORY));
        }

        @Test
        void isOnTrackWithinTheToleranceAroundTheTarget() {
            Judgement nearTarget = judge(startsAtMonthEnd, "2026-01", "5.2", null);

            assertThat(nearTarget.slip()).isNull();
            assertThat(nearTarget.health()).isEqualTo(IndicatorHealth.ON_TRACK);
        }

        @Test
        void aTargetThatKeepsTheBaselineIsJudgedAroundIt() {
            Indicator keep95 = trend(Polarity.HIGHER_IS_BETTER, "95", "95", "%");

            assertThat(judge(keep95, "2026-03", "96", null).health()).isEqualTo(IndicatorHealth.ACHIEVED);
            assertThat(judge(keep95, "2026-03", "90", null).slip()).isNull();
            assertThat(judge(keep95, "2026-03", "90", null).health()).isEqualTo(IndicatorHealth.BEHIND);
            assertThat(judge(keep95, "2026-03", "80", null).slip()).isEqualTo(new Slip(AMBER, BEHIND_TRAJECTORY));
        }
    }

    @Nested
    class Deadline {

        @Test
        void passedWithTheTargetUnmetIsRedDeadlineMissed() {
            Judgement june = judge(serviceTime(), "2026-06", "5.2", null);

            assertThat(june.slip()).isEqualTo(new Slip(RED, DEADLINE_MISSED));
            assertThat(june.health()).isEqualTo(IndicatorHealth.MISSED);
        }

        @Test
        void theTargetMetIsAchievedBeforeOrAtTheDeadline() {
            assertThat(judge(serviceTime(), "2026-06", "5", new Slip(RED, DEADLINE_MISSED)).slip()).isNull();
            assertThat(judge(serviceTime(), "2026-02", "4.5", null).health()).isEqualTo(IndicatorHealth.ACHIEVED);
        }

        @Test
        void aPeriodEndingAfterTheDeadlineIsJudgedAgainstTheTarget() {
            Judgement late = judge(withDeadline(serviceTime(), LocalDate.of(2026, 6, 15)), "2026-06", "6", null);

            assertThat(late.expected()).isEqualByComparingTo("5");
            assertThat(late.slip()).isEqualTo(new Slip(RED, DEADLINE_MISSED));
        }
    }

    @Nested
    class Bound {

        @Test
        void aValueOverTheLimitIsRedBoundBreached() {
            Judgement breached = judge(responseTime(), "2026-02", "2.5", null);

            assertThat(breached.slip()).isEqualTo(new Slip(RED, BOUND_BREACHED));
            assertThat(breached.health()).isEqualTo(IndicatorHealth.AT_RISK);
            assertThat(breached.expected()).isEqualByComparingTo("2");
            assertThat(breached.progressRatio()).isNull();
        }

        @Test
        void recoversWhenALaterPeriodRespectsTheLimit() {
            Judgement respected = judge(responseTime(), "2026-03", "2", new Slip(RED, BOUND_BREACHED));

            assertThat(respected.slip()).isNull();
            assertThat(respected.health()).isEqualTo(IndicatorHealth.ON_TRACK);
        }

        @Test
        void aHigherIsBetterLimitIsBreachedBelowIt() {
            Indicator minimum = new Indicator("i", "n", "32.73", "o", null, null, LocalDate.of(2026, 1, 1), "Kepuasan",
                    IndicatorKind.BOUND, "indeks", Polarity.HIGHER_IS_BETTER, null, new BigDecimal("80"),
                    LocalDate.of(2026, 12, 31), ReportingFrequency.MONTHLY, null);

            assertThat(judge(minimum, "2026-02", "79.9", null).slip()).isEqualTo(new Slip(RED, BOUND_BREACHED));
            assertThat(judge(minimum, "2026-02", "80", null).slip()).isNull();
        }

        @Test
        void breachedAtTheDeadlineIsMissed() {
            assertThat(judge(responseTime(), "2026-06", "3", null).health()).isEqualTo(IndicatorHealth.MISSED);
            assertThat(judge(responseTime(), "2026-06", "1", null).health()).isEqualTo(IndicatorHealth.ACHIEVED);
        }
    }

    @Nested
    class Milestone {

        @Test
        void notDoneBeforeItsDateIsNoSlip() {
            Judgement q1 = judge(dataCentralised(), "2026-Q1", "0", null);

            assertThat(q1.slip()).isNull();
            assertThat(q1.health()).isEqualTo(IndicatorHealth.ON_TRACK);
            assertThat(q1.capaian()).isEqualByComparingTo("0");
        }

        @Test
        void notDoneByItsDateIsRedDeadlineMissed() {
            Judgement q4 = judge(dataCentralised(), "2026-Q4", "0", null);

            assertThat(q4.slip()).isEqualTo(new Slip(RED, DEADLINE_MISSED));
            assertThat(q4.health()).isEqualTo(IndicatorHealth.MISSED);
        }

        @Test
        void recoversWhenDone() {
            Judgement done = judge(dataCentralised(), "2026-Q4", "1", new Slip(RED, DEADLINE_MISSED));

            assertThat(done.slip()).isNull();
            assertThat(done.health()).isEqualTo(IndicatorHealth.ACHIEVED);
            assertThat(done.capaian()).isEqualByComparingTo("100");
        }
    }

    @Test
    void aTrendWithoutBaselineOrTargetCannotBeJudged() {
        Indicator undefined = new Indicator("i", "n", "32.73", "o", null, null, LocalDate.of(2026, 1, 1), "x",
                IndicatorKind.TREND, "hari", Polarity.LOWER_IS_BETTER, null, null,
                LocalDate.of(2026, 6, 30), ReportingFrequency.MONTHLY, null);

        Judgement judgement = judge(undefined, "2026-06", "9", null);

        assertThat(judgement.health()).isEqualTo(IndicatorHealth.NO_DATA);
        assertThat(judgement.slip()).isNull();
    }

    @Test
    void theRegionsToleranceDecides() {
        IndicatorJudge lenient = new IndicatorJudge(Tolerance.of("0.30"), HealthThresholds.DEFAULTS);
        Period march = Period.parse("2026-03", serviceTime().frequency()).orElseThrow();

        assertThat(lenient.judge(serviceTime(), march, new BigDecimal("8"), null).slip()).isNull();
        assertThat(judge(serviceTime(), "2026-03", "8", null).slip()).isNotNull();
    }

    @Nested
    class TheIndicatorsOwnDefinition {

        @Test
        void anExplicitPeriodTargetIsTheExpectedValueInsteadOfTheLinearOne() {
            // target triwulan: 9 days by March although the line would be at 7.5278
            Indicator scheduled = defined(serviceTime(), null, List.of(new PeriodTarget("2026-03", new BigDecimal("9"))));

            Judgement march = judge(scheduled, "2026-03", "8.5", null);
            Judgement april = judge(scheduled, "2026-04", "6.5", null);

            assertThat(march.expected()).isEqualByComparingTo("9");
            // ρ = (8.5 − 10)/(9 − 10), capaian (2·9 − 8.5)/9
            assertThat(march.progressRatio()).isEqualByComparingTo("1.5");
            assertThat(march.capaian()).isEqualByComparingTo("105.56");
            assertThat(march.slip()).isNull();
            assertThat(april.expected()).as("a period without its own target: linear").isEqualByComparingTo("6.6944");
        }

        @Test
        void lowerIsBetterCapaianByTheIndicatorsInverseRatio() {
            Indicator inverse = defined(serviceTime(), AchievementFormula.INVERSE_RATIO, List.of());

            // E 7.5278, A 7: E/A = 107.54 (PermenPANRB's (2E − A)/E gives 107.01)
            assertThat(judge(inverse, "2026-03", "7", null).capaian()).isEqualByComparingTo("107.54");
            assertThat(judge(serviceTime(), "2026-03", "7", null).capaian()).isEqualByComparingTo("107.01");
        }
    }

    private static Indicator defined(Indicator i, AchievementFormula formula, List<PeriodTarget> periodTargets) {
        return new Indicator(i.indicatorId(), i.innovationId(), i.regionCode(), i.opdCode(), i.opdName(),
                i.innovationTitle(), i.startDate(), i.name(), i.kind(), i.unit(), i.polarity(), i.baseline(),
                i.target(), i.deadline(), i.frequency(), i.updatedAt(), List.of(), null, null, null, formula,
                periodTargets, null, null);
    }

    private Judgement judge(Indicator indicator, String period, String actual, Slip previous) {
        return judge.judge(indicator, Period.parse(period, indicator.frequency()).orElseThrow(),
                new BigDecimal(actual), previous);
    }

    private static Indicator withStart(Indicator i, LocalDate start) {
        return new Indicator(i.indicatorId(), i.innovationId(), i.regionCode(), i.opdCode(), i.opdName(),
                i.innovationTitle(), start, i.name(), i.kind(), i.unit(), i.polarity(), i.baseline(), i.target(),
                i.deadline(), i.frequency(), i.updatedAt());
    }

    private static Indicator withDeadline(Indicator i, LocalDate deadline) {
        return new Indicator(i.indicatorId(), i.innovationId(), i.regionCode(), i.opdCode(), i.opdName(),
                i.innovationTitle(), i.startDate(), i.name(), i.kind(), i.unit(), i.polarity(), i.baseline(),
                i.target(), deadline, i.frequency(), i.updatedAt());
    }
}
