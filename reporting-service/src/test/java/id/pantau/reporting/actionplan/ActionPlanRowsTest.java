package id.pantau.reporting.actionplan;

import id.pantau.events.AlertRule;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationStage;
import id.pantau.events.Period;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.actionplan.ActionPlan.AlertEntry;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.actionplan.ActionPlanReport.IndicatorRow;
import id.pantau.reporting.actionplan.ActionPlanReport.OpenAlert;
import id.pantau.reporting.actionplan.ActionPlanReport.Row;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionPlanRowsTest {

    private static final Instant NOW = Instant.parse("2026-03-31T17:30:00Z"); // 1 April in Jakarta

    private final ActionPlanRows rows = new ActionPlanRows(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")),
            new ReportingSettings(ZoneId.of("Asia/Jakarta"), List.of(), null, 10));

    @Test
    void rowsAreSortedByOpdThenTitleAndNumbered() {
        ActionPlanReport report = rows.report("32.73", List.of(
                plan("c", "Inspektorat Daerah", "Sistem pengaduan"),
                plan("b", "Dinas Komunikasi dan Informatika", "Satu data"),
                plan("a", "Dinas Komunikasi dan Informatika", "Integrasi data OPD")));

        assertThat(report.rows()).extracting(Row::no, Row::innovationId)
                .containsExactly(tuple(1, "a"), tuple(2, "b"), tuple(3, "c"));
        assertThat(report.generatedAt()).isEqualTo(NOW);
        assertThat(report.region()).isEqualTo("32.73");
    }

    @Test
    void timeUsedAndTargetTimeAreReadOnTheDayOfTheReportInTheConfiguredZone() {
        Row row = rows.row(plan("a", "Dinas PTSP", "Layanan online"));

        assertThat(row.targetTime()).isEqualTo("6 bulan");
        assertThat(row.timeUsedPercent()).isEqualTo(50); // 90 of 180 days on 1 April
    }

    @Test
    void indicatorsFollowTheRegistrationAndThoseOnlyMeasuredWithoutADefinitionAreLeftOut() {
        ActionPlan plan = plan("a", "Dinas PTSP", "Layanan online", Map.of(
                "second", indicator("second", 1, null),
                "first", indicator("first", 0, null),
                "unknown", new IndicatorEntry("unknown", null, null, null, null, null, null, null, null, null, null,
                        "2026-02", BigDecimal.ONE, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null)),
                Map.of());

        assertThat(rows.row(plan).indicators()).extracting(IndicatorRow::indicatorId).containsExactly("first", "second");
    }

    @Test
    void anIndicatorShowsMonitoringsJudgementOfItsLatestPeriodBesideItsSlip() {
        ActionPlan plan = plan("a", "Dinas PTSP", "Layanan online", Map.of("i", indicator("i", 0, "2026-02")), Map.of());

        IndicatorRow indicator = rows.row(plan).indicators().get(0);

        assertThat(indicator.expected()).isEqualByComparingTo("8.3889");
        assertThat(indicator.progressRatio()).isEqualByComparingTo("0");
        assertThat(indicator.capaian()).isEqualByComparingTo("80.79");
        assertThat(indicator.health()).isEqualTo(IndicatorHealth.AT_RISK);
        assertThat(indicator.slip()).isEqualTo(new ActionPlanReport.Slip(Severity.RED, SlipRule.BEHIND_TRAJECTORY,
                Instant.parse("2026-03-03T03:30:01Z")));
        assertThat(indicator.overdue()).isEqualTo(new ActionPlanReport.Overdue("2026-03", LocalDate.of(2026, 4, 14)));
    }

    @Test
    void resolvedAlertsAreNotOpenAndOpenOnesAreInTheOrderRaised() {
        ActionPlan plan = plan("a", "Dinas PTSP", "Layanan online", Map.of(), Map.of(
                "late", alert("late", AlertState.OPEN, "2026-03-10T00:00:00Z"),
                "early", alert("early", AlertState.ACKNOWLEDGED, "2026-03-01T00:00:00Z"),
                "done", alert("done", AlertState.RESOLVED, "2026-02-01T00:00:00Z")));

        assertThat(rows.row(plan).openAlerts()).extracting(OpenAlert::alertId, OpenAlert::state)
                .containsExactly(tuple("early", AlertState.ACKNOWLEDGED), tuple("late", AlertState.OPEN));
    }

    @Test
    void aPeriodsMatrixShowsTheLatestMeasurementWithinItAndHealthAndTimeUsedAtItsLastDay() {
        ActionPlan plan = plan("a", "Dinas PTSP", "Layanan online", Map.of("i", indicator("i", 0, "2026-03")), Map.of());
        Map<String, List<MeasurementRecord>> february = Map.of("i", List.of(
                measurement("i", "2026-01", "10", "9.1667", IndicatorHealth.AT_RISK),
                measurement("i", "2026-02", "8", "8.3889", IndicatorHealth.ON_TRACK)));

        Row row = rows.report("32.73", List.of(plan), ReportPeriod.parse("sd-2026-02").orElseThrow(), february)
                .rows().get(0);

        assertThat(row.timeUsedPercent()).isEqualTo(32); // 58 of 180 days on 28 February
        IndicatorRow indicator = row.indicators().get(0);
        assertThat(indicator.latestPeriod()).isEqualTo("2026-02");
        assertThat(indicator.latestValue()).isEqualByComparingTo("8");
        assertThat(indicator.expected()).isEqualByComparingTo("8.3889");
        assertThat(indicator.health()).isEqualTo(IndicatorHealth.ON_TRACK);
    }

    @Test
    void aPeriodWithoutMeasurementsHasNoDataUntilTheDeadlineAndAFlowIsSummedOverIt() {
        ActionPlanRows flows = new ActionPlanRows(Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneId.of("Asia/Jakarta")),
                new ReportingSettings(ZoneId.of("Asia/Jakarta"), List.of(" HARI "), null, 10));
        ActionPlan plan = plan("a", "Dinas PTSP", "Layanan online", Map.of("i", indicator("i", 0, null)), Map.of());

        IndicatorRow empty = flows.report("32.73", List.of(plan), ReportPeriod.parse("2026-Q1").orElseThrow(), Map.of())
                .rows().get(0).indicators().get(0);
        IndicatorRow summed = flows.report("32.73", List.of(plan), ReportPeriod.parse("2026-Q3").orElseThrow(),
                Map.of("i", List.of(measurement("i", "2026-07", "3", null, IndicatorHealth.ON_TRACK),
                        measurement("i", "2026-08", "4.5", null, IndicatorHealth.ON_TRACK)))).rows().get(0).indicators().get(0);

        assertThat(empty.latestValue()).isNull();
        assertThat(empty.health()).isEqualTo(IndicatorHealth.NO_DATA);
        assertThat(summed.latestValue()).isEqualByComparingTo("7.5");
        assertThat(summed.latestPeriod()).isEqualTo("2026-08");
        assertThat(summed.health()).isEqualTo(IndicatorHealth.MISSED); // read on 1 August, past the June deadline
    }

    private static MeasurementRecord measurement(String indicatorId, String period, String value, String expected,
                                                 IndicatorHealth health) {
        Period reporting = Period.of(period);
        return new MeasurementRecord(MeasurementRecord.idOf(indicatorId, period), "m-" + period, "a", indicatorId,
                "32.73", "opd", period, reporting.start(), reporting.end(), new BigDecimal(value),
                expected == null ? null : new BigDecimal(expected), null, null, health, null,
                reporting.end().atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant(), null);
    }

    private static ActionPlan plan(String id, String opdName, String title) {
        return plan(id, opdName, title, Map.of(), Map.of());
    }

    private static ActionPlan plan(String id, String opdName, String title, Map<String, IndicatorEntry> indicators,
                                   Map<String, AlertEntry> alerts) {
        return new ActionPlan(id, "32.73", "opd-" + opdName, opdName, title, "Masalah", "Rencana", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, InnovationStage.INISIATIF, null,
                Instant.parse("2026-01-05T02:15:00Z"), indicators, alerts, null);
    }

    private static IndicatorEntry indicator(String id, int position, String latestPeriod) {
        return new IndicatorEntry(id, position, "Waktu layanan", IndicatorKind.TREND, "hari", Polarity.LOWER_IS_BETTER,
                ReportingFrequency.MONTHLY, BigDecimal.TEN, new BigDecimal("5"), LocalDate.of(2026, 6, 30), null,
                latestPeriod, latestPeriod == null ? null : BigDecimal.TEN, null, null,
                Severity.RED, SlipRule.BEHIND_TRAJECTORY, Instant.parse("2026-03-03T03:30:01Z"),
                latestPeriod == null ? null : new BigDecimal("8.3889"), latestPeriod == null ? null : BigDecimal.ZERO,
                latestPeriod == null ? null : new BigDecimal("80.79"), latestPeriod == null ? null : IndicatorHealth.AT_RISK,
                null, "2026-03", LocalDate.of(2026, 4, 14), "2026-03-31", null, null, null, null, null, null, null, null, null, null);
    }

    private static AlertEntry alert(String id, AlertState state, String raisedAt) {
        return new AlertEntry(id, "i", AlertRule.BEHIND_TRAJECTORY, Severity.RED, "2026-02", state,
                Instant.parse(raisedAt), null, null, null, null);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
