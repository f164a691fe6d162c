package id.pantau.reporting.monev;

import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationStage;
import id.pantau.events.Period;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.monev.MonevReport.Line;
import id.pantau.reporting.period.Aggregation;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.progress.CapaianBand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyMonevTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** 15 August 2026: the third triwulan has begun, the fourth not. */
    private final QuarterlyMonev monev = new QuarterlyMonev(Clock.fixed(Instant.parse("2026-08-15T05:00:00Z"), JAKARTA),
            new ReportingSettings(JAKARTA, List.of("kunjungan"), null, 10));

    @Test
    void theTriwulansAreThoseOverlappingThePeriodThatHaveBegun() {
        assertThat(monev.triwulans(monev.periodOf(null))).extracting(ReportPeriod::code)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(monev.triwulans(ReportPeriod.parse("2026-05").orElseThrow())).extracting(ReportPeriod::code)
                .containsExactly("2026-Q2");
        assertThat(monev.triwulans(ReportPeriod.parse("2026-S2").orElseThrow())).extracting(ReportPeriod::code)
                .containsExactly("2026-Q3");
    }

    @Test
    void aStockTakesTheLastMonthOfEachTriwulanAgainstTheTrajectoryAtItsEnd() {
        ActionPlan plan = plan(Map.of("time", indicator("time", "hari", Polarity.LOWER_IS_BETTER, "10", "5", null)));
        Map<String, List<MeasurementRecord>> history = Map.of("time", List.of(record("time", "2026-01", "10", "Menunggu server"),
                record("time", "2026-02", "9", null), record("time", "2026-03", "8", "Server berjalan"),
                record("time", "2026-04", "7", null)));

        List<Line> lines = report(plan, history, "2026-S1");

        assertThat(lines).extracting(Line::triwulan).containsExactly("2026-Q1", "2026-Q2");
        Line first = lines.get(0);
        assertThat(first.target()).isEqualByComparingTo("7.5278");
        assertThat(first.realisasi()).isEqualByComparingTo("8"); // March, not April across the boundary
        assertThat(first.aggregation()).isEqualTo(Aggregation.LAST);
        assertThat(first.capaian()).isEqualByComparingTo("93.73");
        assertThat(first.band()).isEqualTo(CapaianBand.SANGAT_TINGGI);
        assertThat(first.notes()).isEqualTo("Menunggu server; Server berjalan");
        Line second = lines.get(1);
        assertThat(second.target()).isEqualByComparingTo("5");
        assertThat(second.realisasi()).isEqualByComparingTo("7");
        assertThat(second.capaian()).isEqualByComparingTo("60.00");
        assertThat(second.band()).isEqualTo(CapaianBand.RENDAH);
    }

    @Test
    void aFlowIsSummedOverTheTriwulanAndATriwulanWithoutMeasurementsSaysSo() {
        ActionPlan plan = plan(Map.of("visits", indicator("visits", "kunjungan", Polarity.HIGHER_IS_BETTER, "0", "1800", null)));
        Map<String, List<MeasurementRecord>> history = Map.of("visits", List.of(record("visits", "2026-01", "100", null),
                record("visits", "2026-02", "120", null), record("visits", "2026-03", "130", null)));

        List<Line> lines = report(plan, history, "sd-2026-Q2");

        assertThat(lines.get(0).realisasi()).isEqualByComparingTo("350");
        assertThat(lines.get(0).aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(lines.get(1).realisasi()).isNull();
        assertThat(lines.get(1).capaian()).isNull();
        assertThat(lines.get(1).notes()).isEqualTo("Realisasi belum dilaporkan");
    }

    @Test
    void anIndicatorRetiredBeforeATriwulanHasNoLineInIt() {
        ActionPlan plan = plan(Map.of("time", indicator("time", "hari", Polarity.LOWER_IS_BETTER, "10", "5",
                Instant.parse("2026-03-15T00:00:00Z"))));

        assertThat(report(plan, Map.of(), "2026-S1")).extracting(Line::triwulan).containsExactly("2026-Q1");
    }

    private List<Line> report(ActionPlan plan, Map<String, List<MeasurementRecord>> history, String period) {
        ReportPeriod reported = ReportPeriod.parse(period).orElseThrow();
        return monev.report("32.73", List.of(plan), reported, monev.triwulans(reported), history).lines();
    }

    private static ActionPlan plan(Map<String, IndicatorEntry> indicators) {
        return new ActionPlan("innovation", "32.73", "opd", "Dinas PTSP", "Layanan online", "Masalah", "Rencana", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, InnovationStage.PENERAPAN, null,
                Instant.parse("2026-01-05T02:15:00Z"), indicators, Map.of(), null);
    }

    private static IndicatorEntry indicator(String id, String unit, Polarity polarity, String baseline, String target,
                                            Instant retiredAt) {
        return new IndicatorEntry(id, 0, "Indikator " + id, IndicatorKind.TREND, unit, polarity, ReportingFrequency.MONTHLY,
                new BigDecimal(baseline), new BigDecimal(target), LocalDate.of(2026, 6, 30), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, retiredAt, null, null, null, null,
                null, null, null, null);
    }

    private static MeasurementRecord record(String indicatorId, String period, String value, String note) {
        Period reporting = Period.of(period);
        return new MeasurementRecord(MeasurementRecord.idOf(indicatorId, period), "m-" + period, "innovation",
                indicatorId, "32.73", "opd", period, reporting.start(), reporting.end(), new BigDecimal(value), null, null,
                null, null, note, reporting.end().atStartOfDay(JAKARTA).toInstant(), null);
    }
}
