package id.pantau.innovation.indicator;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorKind;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.innovation.Refusals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static id.pantau.events.IndicatorKind.BOUND;
import static id.pantau.events.IndicatorKind.MILESTONE;
import static id.pantau.events.IndicatorKind.TREND;
import static id.pantau.events.Polarity.HIGHER_IS_BETTER;
import static id.pantau.events.Polarity.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class IndicatorRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2026, 6, 30);

    private static NewIndicator indicator(IndicatorKind kind, Polarity polarity, Integer baseline, Integer target) {
        return new NewIndicator("Waktu layanan", kind, "hari", polarity, decimal(baseline), decimal(target), null,
                ReportingFrequency.MONTHLY);
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static List<String> refusals(NewIndicator indicator) {
        Violations violations = new Violations();
        IndicatorRules.check(indicator, "indicators[0]", START, TARGET_DATE, violations);
        return violations.isEmpty() ? List.of() : Refusals.of(violations::throwIfAny);
    }

    @Test
    void aTrendDownwardsIsAcceptedWhenLowerIsBetter() {
        assertThat(refusals(indicator(TREND, LOWER_IS_BETTER, 10, 5))).isEmpty();
    }

    @Test
    void aTrendUpwardsIsAcceptedWhenHigherIsBetter() {
        assertThat(refusals(indicator(TREND, HIGHER_IS_BETTER, 40, 80))).isEmpty();
    }

    @Test
    void aTrendNeedsPolarityBaselineAndTarget() {
        assertThat(refusals(indicator(TREND, null, null, null))).containsExactlyInAnyOrder(
                "indicators[0].polarity: required", "indicators[0].baseline: required",
                "indicators[0].target: required");
    }

    @Test
    void aTrendTargetEqualToItsBaselineIsRefused() {
        assertThat(refusals(indicator(TREND, HIGHER_IS_BETTER, 10, 10)))
                .containsExactly("indicators[0].target: trend-target-equals-baseline");
    }

    @Test
    void aTrendUpwardsIsRefusedWhenLowerIsBetter() {
        assertThat(refusals(indicator(TREND, LOWER_IS_BETTER, 5, 10)))
                .containsExactly("indicators[0].target: trend-target-above-baseline");
    }

    @Test
    void aTrendDownwardsIsRefusedWhenHigherIsBetter() {
        assertThat(refusals(indicator(TREND, HIGHER_IS_BETTER, 10, 5)))
                .containsExactly("indicators[0].target: trend-target-below-baseline");
    }

    @Test
    void aBoundNeedsItsLimitAndPolarityButNoBaseline() {
        assertThat(refusals(indicator(BOUND, LOWER_IS_BETTER, null, 2))).isEmpty();
        assertThat(refusals(indicator(BOUND, HIGHER_IS_BETTER, 70, 90))).isEmpty();
        assertThat(refusals(indicator(BOUND, null, null, null))).containsExactlyInAnyOrder(
                "indicators[0].polarity: required", "indicators[0].target: required");
    }

    @Test
    void aMilestoneNeedsNoValuesAndIsHigherIsBetter() {
        NewIndicator milestone = indicator(MILESTONE, null, null, null);

        assertThat(refusals(milestone)).isEmpty();
        assertThat(IndicatorRules.define("i-1", milestone, TARGET_DATE).polarity()).isEqualTo(HIGHER_IS_BETTER);
    }

    @Test
    void aMilestoneWithValuesOrLowerIsBetterIsRefused() {
        assertThat(refusals(indicator(MILESTONE, LOWER_IS_BETTER, 0, 1))).containsExactlyInAnyOrder(
                "indicators[0].polarity: milestone-polarity", "indicators[0].baseline: milestone-without-values",
                "indicators[0].target: milestone-without-values");
    }

    @Test
    void nameKindUnitAndFrequencyAreRequired() {
        assertThat(refusals(new NewIndicator(" ", null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("indicators[0].name: required", "indicators[0].kind: required",
                        "indicators[0].unit: required", "indicators[0].frequency: required");
    }

    @Test
    void theDeadlineDefaultsToTheTargetDate() {
        Indicator defined = IndicatorRules.define("i-1", indicator(TREND, LOWER_IS_BETTER, 10, 5), TARGET_DATE);

        assertThat(defined).isEqualTo(new Indicator("i-1", "Waktu layanan", TREND, "hari", LOWER_IS_BETTER,
                BigDecimal.TEN, BigDecimal.valueOf(5), TARGET_DATE, ReportingFrequency.MONTHLY, List.of(), null, null, null, List.of(),
                Aggregation.LAST, AchievementFormula.PERMENPANRB, List.of(), false));
    }

    @Test
    void evidenceIsRequiredOnlyWhenTheIndicatorSaysSoAndTheEventCarriesIt() {
        NewIndicator withEvidence = new NewIndicator("Waktu layanan", TREND, "hari", LOWER_IS_BETTER, BigDecimal.TEN,
                BigDecimal.ONE, null, ReportingFrequency.MONTHLY, null, null, null, true);

        Indicator required = IndicatorRules.define("i-1", withEvidence, TARGET_DATE);
        Indicator byDefault = IndicatorRules.define("i-2", indicator(TREND, LOWER_IS_BETTER, 10, 5), TARGET_DATE);

        assertThat(required.evidenceRequired()).isTrue();
        assertThat(required.toDefinition().evidenceRequired()).isTrue();
        assertThat(byDefault.evidenceRequired()).isFalse();
        assertThat(byDefault.toDefinition().evidenceRequired()).isFalse();
    }

    @Test
    void theDeadlineLiesAfterTheStartAndNoLaterThanTheTargetDate() {
        assertThat(refusals(withDeadline(TARGET_DATE))).isEmpty();
        assertThat(refusals(withDeadline(START.plusDays(1)))).isEmpty();
        assertThat(refusals(withDeadline(START))).containsExactly("indicators[0].deadline: deadline-not-after-start");
        assertThat(refusals(withDeadline(TARGET_DATE.plusDays(1))))
                .containsExactly("indicators[0].deadline: deadline-after-target-date");
    }

    @Test
    void theDeadlineIsNotJudgedAgainstDatesThatAreThemselvesInvalid() {
        Violations violations = new Violations();

        IndicatorRules.check(withDeadline(LocalDate.of(2030, 1, 1)), "indicators[0]", START, null, violations);

        assertThat(violations.isEmpty()).isTrue();
    }

    private static NewIndicator withDeadline(LocalDate deadline) {
        return new NewIndicator("Waktu layanan", TREND, "hari", LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.ONE,
                deadline, ReportingFrequency.MONTHLY);
    }

    @Test
    void aLowerIsBetterIndicatorIsRatedByPermenpanrbUnlessItSaysOtherwise() {
        NewIndicator inverse = new NewIndicator("Waktu layanan", TREND, "hari", LOWER_IS_BETTER, BigDecimal.TEN,
                BigDecimal.ONE, null, ReportingFrequency.MONTHLY, Aggregation.SUM, AchievementFormula.INVERSE_RATIO,
                null, null);

        assertThat(IndicatorRules.define("i-1", indicator(TREND, LOWER_IS_BETTER, 10, 5), TARGET_DATE)
                .achievementFormula()).isEqualTo(AchievementFormula.PERMENPANRB);
        assertThat(IndicatorRules.define("i-1", inverse, TARGET_DATE).achievementFormula())
                .isEqualTo(AchievementFormula.INVERSE_RATIO);
        assertThat(IndicatorRules.define("i-1", inverse, TARGET_DATE).aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(IndicatorRules.define("i-1", indicator(TREND, HIGHER_IS_BETTER, 40, 80), TARGET_DATE)
                .achievementFormula()).isNull();
        assertThat(refusals(new NewIndicator("Cakupan", TREND, "%", HIGHER_IS_BETTER, BigDecimal.ONE, BigDecimal.TEN,
                null, ReportingFrequency.MONTHLY, null, AchievementFormula.PERMENPANRB, null, null)))
                .containsExactly("indicators[0].achievementFormula: achievement-formula-lower-only");
    }

    @Test
    void periodTargetsGiveATrendItsTrajectoryOnePeriodOfItsFrequencyAtATime() {
        List<PeriodTarget> quarterly = List.of(new PeriodTarget("2026-Q1", BigDecimal.valueOf(8)),
                new PeriodTarget("2026-Q2", BigDecimal.valueOf(5)));
        List<PeriodTarget> broken = Arrays.asList(new PeriodTarget("2026-03", BigDecimal.ONE),
                new PeriodTarget("2026-Q1", null), new PeriodTarget("2026-Q1", BigDecimal.ONE), null);

        assertThat(refusals(withTargets(TREND, quarterly))).isEmpty();
        assertThat(IndicatorRules.define("i-1", withTargets(TREND, quarterly), TARGET_DATE).periodTargets())
                .isEqualTo(quarterly);
        assertThat(refusals(withTargets(TREND, broken))).containsExactly(
                "indicators[0].periodTargets[0].period: period-target-format",
                "indicators[0].periodTargets[1].target: required",
                "indicators[0].periodTargets[2].period: period-target-duplicate",
                "indicators[0].periodTargets[3]: required");
        assertThat(refusals(withTargets(BOUND, quarterly)))
                .containsExactly("indicators[0].periodTargets: period-targets-trend-only");
    }

    private static NewIndicator withTargets(IndicatorKind kind, List<PeriodTarget> targets) {
        return new NewIndicator("Waktu layanan", kind, "hari", LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(5),
                null, ReportingFrequency.QUARTERLY, null, null, targets, null);
    }
}
