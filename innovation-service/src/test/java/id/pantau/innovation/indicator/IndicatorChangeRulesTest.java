package id.pantau.innovation.indicator;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.ReportingFrequency;
import id.pantau.innovation.Refusals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static id.pantau.events.IndicatorKind.BOUND;
import static id.pantau.events.IndicatorKind.MILESTONE;
import static id.pantau.events.IndicatorKind.TREND;
import static id.pantau.events.Polarity.HIGHER_IS_BETTER;
import static id.pantau.events.Polarity.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding, revising and retiring indicators of a registered innovation (1 January to 30 June 2026). */
class IndicatorChangeRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2026, 6, 30);
    private static final Indicator SERVICE_TIME = new Indicator("i-1", "Waktu layanan", TREND, "hari",
            LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(5), TARGET_DATE, ReportingFrequency.MONTHLY, null,
            null, null, null, null, null, null, null, false);
    private static final Indicator RESPONSE = new Indicator("i-2", "Respons aduan", BOUND, "hari", LOWER_IS_BETTER,
            null, BigDecimal.valueOf(2), TARGET_DATE, ReportingFrequency.MONTHLY, null, null, null, null, null,
            null, null, null, false);
    private static final Indicator CENTRALISED = new Indicator("i-3", "Data terpusat", MILESTONE, "status",
            HIGHER_IS_BETTER, null, null, TARGET_DATE, ReportingFrequency.QUARTERLY, null, null, null, null,
            null, null, null, null, false);

    private static Indicator revise(Indicator indicator, Integer target, LocalDate deadline, String reason) {
        return IndicatorRules.revise(indicator, new IndicatorRevision(target == null ? null : BigDecimal.valueOf(target),
                deadline, reason), START, TARGET_DATE, "subject-9", NOW);
    }

    @Test
    void aRevisionKeepsTheOldTargetAndDeadlineInTheIndicatorsHistory() {
        Indicator revised = revise(SERVICE_TIME, 6, LocalDate.of(2026, 5, 31), " Revisi tengah tahun ");

        assertThat(revised.target()).isEqualByComparingTo("6");
        assertThat(revised.deadline()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(revised.revisions()).containsExactly(new TargetRevision(BigDecimal.valueOf(5), BigDecimal.valueOf(6),
                TARGET_DATE, LocalDate.of(2026, 5, 31), "Revisi tengah tahun", "subject-9", NOW));
        assertThat(revise(revised, 7, null, "Revisi kedua").revisions()).hasSize(2);
    }

    @Test
    void aRevisedTrendTargetMayNotEqualTheBaselineNorPointTheWrongWay() {
        assertThat(Refusals.of(() -> revise(SERVICE_TIME, 10, null, "Target")))
                .containsExactly("target: trend-target-equals-baseline");
        assertThat(Refusals.of(() -> revise(SERVICE_TIME, 12, null, "Target")))
                .containsExactly("target: trend-target-above-baseline");
    }

    @Test
    void aRevisedDeadlineStaysAfterTheStartAndWithinTheInnovationsTime() {
        assertThat(Refusals.of(() -> revise(SERVICE_TIME, null, START, "Batas waktu")))
                .containsExactly("deadline: deadline-not-after-start");
        assertThat(Refusals.of(() -> revise(SERVICE_TIME, null, LocalDate.of(2026, 7, 1), "Batas waktu")))
                .containsExactly("deadline: deadline-after-target-date");
    }

    @Test
    void aRevisionNeedsAReasonAndAChange() {
        assertThat(Refusals.of(() -> revise(SERVICE_TIME, 5, TARGET_DATE, " "))).containsExactlyInAnyOrder(
                "reason: required", "target: revision-changes-nothing");
    }

    @Test
    void aBoundsLimitIsRevisedAndAMilestoneOnlyMovesItsDate() {
        assertThat(revise(RESPONSE, 3, null, "Batas dilonggarkan").target()).isEqualByComparingTo("3");
        assertThat(revise(CENTRALISED, null, LocalDate.of(2026, 4, 30), "Lebih cepat").deadline())
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(Refusals.of(() -> revise(CENTRALISED, 1, null, "Target")))
                .containsExactly("target: milestone-without-values");
    }

    @Test
    void aRetiredIndicatorKeepsItsHistoryAndIsNoLongerRevisedOrRetired() {
        Indicator retired = IndicatorRules.retire(SERVICE_TIME, List.of(SERVICE_TIME, RESPONSE),
                new IndicatorRetirement(" Diganti indikator baru "), "subject-9", NOW);

        assertThat(retired.inUse()).isFalse();
        assertThat(retired.retiredReason()).isEqualTo("Diganti indikator baru");
        assertThat(retired.retiredBy()).isEqualTo("subject-9");
        assertThat(retired.target()).isEqualTo(SERVICE_TIME.target());
        assertConflict(() -> revise(retired, 6, null, "Target"), "indicator-retired");
        assertConflict(() -> IndicatorRules.retire(retired, List.of(retired, RESPONSE), new IndicatorRetirement("x"),
                "s", NOW), "indicator-retired");
    }

    @Test
    void theLastIndicatorInUseIsNotRetiredAndAReasonIsRequired() {
        assertConflict(() -> IndicatorRules.retire(SERVICE_TIME, List.of(SERVICE_TIME), new IndicatorRetirement("x"),
                "s", NOW), "last-indicator");
        assertThat(Refusals.of(() -> IndicatorRules.retire(SERVICE_TIME, List.of(SERVICE_TIME, RESPONSE),
                new IndicatorRetirement(null), "s", NOW))).containsExactly("reason: required");
    }

    @Test
    void anAddedIndicatorFollowsTheRulesOfRegistrationWithAFreshNameAndRoom() {
        NewIndicator sameName = new NewIndicator("waktu layanan", TREND, "hari", LOWER_IS_BETTER, BigDecimal.TEN,
                BigDecimal.ONE, null, ReportingFrequency.MONTHLY);
        NewIndicator flat = new NewIndicator("Kepuasan", TREND, "%", HIGHER_IS_BETTER, BigDecimal.TEN, BigDecimal.TEN,
                LocalDate.of(2025, 12, 31), ReportingFrequency.QUARTERLY);

        assertThat(Refusals.of(() -> IndicatorRules.checkAddition(sameName, List.of(SERVICE_TIME), 20, START,
                TARGET_DATE))).containsExactly("name: indicator-name-duplicate");
        assertThat(Refusals.of(() -> IndicatorRules.checkAddition(flat, List.of(SERVICE_TIME, RESPONSE), 2, START,
                TARGET_DATE))).containsExactlyInAnyOrder("target: trend-target-equals-baseline",
                "deadline: deadline-not-after-start", "indicators: indicators-too-many");
    }

    private static void assertConflict(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.code()).isEqualTo(code));
    }
}
