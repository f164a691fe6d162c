package id.pantau.reporting.progress;

import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
    private static final LocalDate BEFORE_DEADLINE = LocalDate.of(2026, 6, 30);
    private static final LocalDate AFTER_DEADLINE = LocalDate.of(2026, 7, 1);

    /** Waktu layanan: 10 days down to 5 by the end of June. */
    private static final IndicatorProgress.Indicator SERVICE_TIME = new IndicatorProgress.Indicator(
            IndicatorKind.TREND, Polarity.LOWER_IS_BETTER, num("10"), num("5"), DEADLINE);
    /** Cakupan layanan: 40 % up to 90 % by the end of June. */
    private static final IndicatorProgress.Indicator COVERAGE = new IndicatorProgress.Indicator(
            IndicatorKind.TREND, Polarity.HIGHER_IS_BETTER, num("40"), num("90"), DEADLINE);
    private static final IndicatorProgress.Indicator RESPONSE_BOUND = new IndicatorProgress.Indicator(
            IndicatorKind.BOUND, Polarity.LOWER_IS_BETTER, null, num("2"), DEADLINE);
    private static final IndicatorProgress.Indicator DATA_CENTRALISED = new IndicatorProgress.Indicator(
            IndicatorKind.MILESTONE, Polarity.HIGHER_IS_BETTER, null, null, LocalDate.of(2026, 12, 31));

    private final IndicatorProgress progress = new IndicatorProgress(HealthThresholds.DEFAULTS);

    @Test
    void expectedValueFollowsTheLinearTrajectoryInCalendarMonths() {
        assertThat(assess(SERVICE_TIME, "2026-02", "10").expected()).isEqualByComparingTo("8.33");
        assertThat(assess(SERVICE_TIME, "2026-03", "9.5").expected()).isEqualByComparingTo("7.5");
        assertThat(assess(SERVICE_TIME, "2026-05", "5.5").expected()).isEqualByComparingTo("5.83");
        assertThat(assess(COVERAGE, "2026-Q1", "60").expected()).isEqualByComparingTo("65");
    }

    @Test
    void expectedValueIsClampedToTheTargetAfterTheDeadlineAndToTheBaselineBeforeTheStart() {
        assertThat(assess(SERVICE_TIME, "2026-09", "6", AFTER_DEADLINE).expected()).isEqualByComparingTo("5");
        assertThat(assess(SERVICE_TIME, "2025-12", "10").expected()).isEqualByComparingTo("10");
    }

    @Test
    void progressRatioIsRightForBothPolarities() {
        assertThat(assess(SERVICE_TIME, "2026-03", "8.75").progressRatio()).isEqualByComparingTo("0.5");
        assertThat(assess(COVERAGE, "2026-03", "52.5").progressRatio()).isEqualByComparingTo("0.5");
        assertThat(assess(SERVICE_TIME, "2026-02", "10").progressRatio()).isEqualByComparingTo("0");
    }

    @Test
    void onTrackWhenProgressIsAtLeastNinetyFivePercentOfExpected() {
        // expected 7.5 at the end of March: 2.5 days gained expected, 2.375 gained is ρ = 0.95
        IndicatorAssessment assessment = assess(SERVICE_TIME, "2026-03", "7.625");

        assertThat(assessment.progressRatio()).isEqualByComparingTo("0.95");
        assertThat(assessment.health()).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void behindWhenProgressUnderNinetyFivePercent() {
        IndicatorAssessment assessment = assess(SERVICE_TIME, "2026-03", "7.65");

        assertThat(assessment.progressRatio()).isEqualByComparingTo("0.94");
        assertThat(assessment.health()).isEqualTo(Health.BEHIND);
    }

    @Test
    void atRiskWhenProgressUnderEightyFivePercent() {
        assertThat(assess(SERVICE_TIME, "2026-03", "7.9").health()).isEqualTo(Health.AT_RISK);
        assertThat(assess(SERVICE_TIME, "2026-02", "10").health()).isEqualTo(Health.AT_RISK);
    }

    @Test
    void thresholdsAreConfigurable() {
        IndicatorProgress lenient = new IndicatorProgress(new HealthThresholds(num("0.9"), num("0.5")));

        IndicatorAssessment assessment = lenient.assess(SERVICE_TIME, START, measured("2026-03", "7.9"), BEFORE_DEADLINE);

        assertThat(assessment.health()).isEqualTo(Health.BEHIND);
    }

    @Test
    void achievedWhenTheTargetIsMetEvenBeforeTheDeadline() {
        assertThat(assess(SERVICE_TIME, "2026-04", "5").health()).isEqualTo(Health.ACHIEVED);
        assertThat(assess(COVERAGE, "2026-04", "91").health()).isEqualTo(Health.ACHIEVED);
    }

    @Test
    void missedWhenTheDeadlinePassedUnmet() {
        assertThat(assess(SERVICE_TIME, "2026-06", "5.5", AFTER_DEADLINE).health()).isEqualTo(Health.MISSED);
        assertThat(assess(SERVICE_TIME, "2026-06", "5", AFTER_DEADLINE).health()).isEqualTo(Health.ACHIEVED);
    }

    @Test
    void theDeadlineDayItselfIsNotYetPassed() {
        assertThat(assess(SERVICE_TIME, "2026-05", "5.7", DEADLINE).health()).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void noDataWithoutMeasurementsUntilTheDeadlinePasses() {
        assertThat(progress.assess(SERVICE_TIME, START, null, BEFORE_DEADLINE))
                .isEqualTo(new IndicatorAssessment(null, null, Health.NO_DATA));
        assertThat(progress.assess(SERVICE_TIME, START, null, AFTER_DEADLINE).health()).isEqualTo(Health.MISSED);
    }

    @Test
    void whenNothingWasExpectedYetTheRatioIsUndefinedAndTheIndicatorOnTrack() {
        IndicatorAssessment assessment = assess(SERVICE_TIME, "2025-12", "10");

        assertThat(assessment.progressRatio()).isNull();
        assertThat(assessment.health()).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void aBoundIsOnTrackWhileItsLatestValueRespectsTheLimitIncludingTheLimitItself() {
        assertThat(assess(RESPONSE_BOUND, "2026-05", "1.5").health()).isEqualTo(Health.ON_TRACK);
        assertThat(assess(RESPONSE_BOUND, "2026-05", "2").health()).isEqualTo(Health.ON_TRACK);
        assertThat(assess(RESPONSE_BOUND, "2026-05", "2.5").health()).isEqualTo(Health.AT_RISK);
        assertThat(assess(RESPONSE_BOUND, "2026-05", "1.5"))
                .extracting(IndicatorAssessment::expected, IndicatorAssessment::progressRatio).containsOnlyNulls();
    }

    @Test
    void aBoundAfterItsDeadlineIsAchievedOrMissed() {
        assertThat(assess(RESPONSE_BOUND, "2026-06", "1.5", AFTER_DEADLINE).health()).isEqualTo(Health.ACHIEVED);
        assertThat(assess(RESPONSE_BOUND, "2026-06", "3", AFTER_DEADLINE).health()).isEqualTo(Health.MISSED);
    }

    @Test
    void aMilestoneIsAchievedWhenReportedDoneAndOnTrackUntilItsDate() {
        LocalDate midYear = LocalDate.of(2026, 6, 30);
        LocalDate nextYear = LocalDate.of(2027, 1, 1);

        assertThat(progress.assess(DATA_CENTRALISED, START, measured("2026-Q2", "1"), midYear).health())
                .isEqualTo(Health.ACHIEVED);
        assertThat(progress.assess(DATA_CENTRALISED, START, measured("2026-Q2", "0"), midYear).health())
                .isEqualTo(Health.ON_TRACK);
        assertThat(progress.assess(DATA_CENTRALISED, START, measured("2026-Q4", "0"), nextYear).health())
                .isEqualTo(Health.MISSED);
        assertThat(progress.assess(DATA_CENTRALISED, START, null, midYear).health()).isEqualTo(Health.NO_DATA);
    }

    @Test
    void theElapsedShareCountsWholeDaysToTheEndOfTheDay() {
        assertThat(IndicatorProgress.elapsedShare(START, DEADLINE, LocalDate.of(2026, 3, 31)))
                .isEqualByComparingTo("0.5");
        assertThat(IndicatorProgress.elapsedShare(START, DEADLINE, LocalDate.of(2026, 1, 16)))
                .isEqualByComparingTo(new BigDecimal("16").divide(new BigDecimal("31"), java.math.MathContext.DECIMAL64)
                        .divide(new BigDecimal("6"), java.math.MathContext.DECIMAL64));
        assertThat(IndicatorProgress.elapsedShare(START, DEADLINE, DEADLINE)).isEqualByComparingTo("1");
    }

    private IndicatorAssessment assess(IndicatorProgress.Indicator indicator, String period, String value) {
        return assess(indicator, period, value, BEFORE_DEADLINE);
    }

    private IndicatorAssessment assess(IndicatorProgress.Indicator indicator, String period, String value,
                                       LocalDate today) {
        return progress.assess(indicator, START, measured(period, value), today);
    }

    private static IndicatorProgress.Measurement measured(String period, String value) {
        return new IndicatorProgress.Measurement(ReportingPeriod.parse(period), num(value));
    }

    private static BigDecimal num(String value) {
        return new BigDecimal(value);
    }
}
