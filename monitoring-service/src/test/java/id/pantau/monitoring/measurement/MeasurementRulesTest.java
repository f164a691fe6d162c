package id.pantau.monitoring.measurement;

import static id.pantau.monitoring.IndicatorFixtures.dataCentralised;
import static id.pantau.monitoring.IndicatorFixtures.serviceTime;
import static id.pantau.monitoring.IndicatorFixtures.trend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.FieldViolation;
import id.pantau.events.Polarity;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementRulesTest {

    private static final Instant NOW = Instant.parse("2026-04-02T03:00:00Z");

    @Test
    void aMeasurementWithinTheIndicatorsLifeIsAcceptedForItsPeriod() {
        Period period = MeasurementRules.validate(request("inn-1", "2026-03", "9.5", "https://dokumen.go.id/a.pdf"),
                serviceTime(), NOW);

        assertThat(period.code()).isEqualTo("2026-03");
    }

    @Test
    void theIndicatorMustBelongToTheInnovation() {
        assertThat(violations(request("inn-2", "2026-03", "9.5", null), serviceTime()))
                .containsOnlyKeys("innovationId").containsValue("indicator-of-other-innovation");
    }

    @Test
    void thePeriodMustBeWrittenForTheIndicatorsFrequency() {
        assertThat(violations(request("inn-1", "2026-Q1", "9.5", null), serviceTime()))
                .containsEntry("period", "period-format");
        assertThat(violations(new MeasurementRequest("inn-2", "ind-milestone", "2026-03", BigDecimal.ONE, null, null),
                dataCentralised())).containsEntry("period", "period-format");
    }

    @Test
    void aPeriodEndingBeforeTheInnovationStartsIsRefused() {
        assertThat(violations(request("inn-1", "2025-12", "9.5", null), serviceTime()))
                .containsEntry("period", "period-before-start");
    }

    @Test
    void aPeriodStartingAfterTheDeadlineIsRefused() {
        assertThat(violations(request("inn-1", "2026-07", "9.5", null), serviceTime()))
                .containsEntry("period", "period-after-deadline");
    }

    @Test
    void thePeriodHoldingTheDeadlineAndTheStartAreAccepted() {
        assertThat(MeasurementRules.validate(request("inn-1", "2026-06", "5", null), serviceTime(), NOW).code())
                .isEqualTo("2026-06");
        assertThat(MeasurementRules.validate(request("inn-1", "2026-01", "10", null), serviceTime(), NOW).code())
                .isEqualTo("2026-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "2", "-1"})
    void aMilestoneIsEitherDoneOrNotDone(String value) {
        assertThat(violations(new MeasurementRequest("inn-2", "ind-milestone", "2026-Q1", new BigDecimal(value), null,
                null), dataCentralised())).containsEntry("value", "milestone-value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.00"})
    void aMilestoneTakesZeroOrOne(String value) {
        assertThat(MeasurementRules.validate(new MeasurementRequest("inn-2", "ind-milestone", "2026-Q1",
                new BigDecimal(value), null, null), dataCentralised(), NOW)).isNotNull();
    }

    @Test
    void aPercentageAboveOneHundredIsImpossible() {
        Indicator coverage = trend(Polarity.HIGHER_IS_BETTER, "20", "80", "%");

        assertThat(violations(request("inn-1", "2026-03", "100.5", null), coverage))
                .containsEntry("value", "percentage-over-100");
        assertThat(MeasurementRules.validate(request("inn-1", "2026-03", "100", null), coverage, NOW)).isNotNull();
    }

    @Test
    void aNegativeDurationIsImpossible() {
        assertThat(violations(request("inn-1", "2026-03", "-1", null), serviceTime()))
                .containsEntry("value", "negative-duration");
        assertThat(MeasurementRules.validate(request("inn-1", "2026-03", "0", null), serviceTime(), NOW)).isNotNull();
    }

    @Test
    void aNegativeValueOfAnotherUnitIsAccepted() {
        Indicator balance = trend(Polarity.HIGHER_IS_BETTER, "-20", "0", "juta rupiah");

        assertThat(MeasurementRules.validate(request("inn-1", "2026-03", "-5", null), balance, NOW)).isNotNull();
    }

    @Test
    void aMeasuringTimeBeyondTheClockSkewIsInTheFuture() {
        MeasurementRequest fiveMinutesAhead = new MeasurementRequest("inn-1", "ind-trend", "2026-03", BigDecimal.TEN,
                null, null, NOW.plusSeconds(300), null);
        MeasurementRequest anHourAhead = new MeasurementRequest("inn-1", "ind-trend", "2026-03", BigDecimal.TEN,
                null, null, NOW.plusSeconds(3600), null);

        assertThat(MeasurementRules.validate(fiveMinutesAhead, serviceTime(), NOW)).isNotNull();
        assertThat(violations(anHourAhead, serviceTime())).containsEntry("measuredAt", "measured-in-future");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://dokumen.go.id/a.pdf", "dokumen.go.id/a.pdf", "https://", "not a url", "javascript:alert(1)"})
    void evidenceMustBeAWebAddress(String url) {
        assertThat(violations(request("inn-1", "2026-03", "9.5", url), serviceTime()))
                .containsEntry("evidenceUrl", "evidence-url");
    }

    @Test
    void everyViolatedRuleIsReportedAtOnce() {
        Indicator coverage = trend(Polarity.HIGHER_IS_BETTER, "20", "80", "%");

        assertThat(violations(request("inn-9", "2027-01", "120", "ftp://x"), coverage))
                .containsOnlyKeys("innovationId", "period", "value", "evidenceUrl");
    }

    private static MeasurementRequest request(String innovationId, String period, String value, String evidenceUrl) {
        return new MeasurementRequest(innovationId, "ind-trend", period, new BigDecimal(value), "catatan", evidenceUrl);
    }

    /** Field → message code of each violation. */
    private static Map<String, String> violations(MeasurementRequest request, Indicator indicator) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> MeasurementRules.validate(request, indicator, NOW));
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.status().value()).isEqualTo(400);
        return problem.violations().stream().collect(Collectors.toMap(FieldViolation::field,
                violation -> violation.message().getCodes()[0]));
    }
}
