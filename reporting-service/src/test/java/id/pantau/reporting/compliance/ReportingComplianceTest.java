package id.pantau.reporting.compliance;

import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationStage;
import id.pantau.events.Period;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.compliance.ComplianceReport.DueReport;
import id.pantau.reporting.compliance.ComplianceReport.OpdCompliance;
import id.pantau.reporting.compliance.ComplianceReport.Status;
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
import static org.assertj.core.api.Assertions.tuple;

class ReportingComplianceTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** 30 June 2026 in Jakarta. */
    private final ReportingCompliance compliance = new ReportingCompliance(
            Clock.fixed(Instant.parse("2026-06-30T05:00:00Z"), JAKARTA), new ReportingSettings(JAKARTA, List.of(), null, 10));

    /** January on time, February late, March missing, April on its due day, May missing, June early. */
    private final Map<String, List<MeasurementRecord>> history = Map.of("i", List.of(
            record("2026-01", "2026-02-03"), record("2026-02", "2026-03-20"), record("2026-04", "2026-05-19"),
            record("2026-06", "2026-06-30")));

    @Test
    void everyPeriodFromTheStartOwesAReportDueTenWorkingDaysAfterItsEnd() {
        ComplianceReport report = compliance.report("32.73", List.of(plan()), compliance.periodOf(null), history);

        assertThat(report.reports()).extracting(DueReport::period, DueReport::dueDate, DueReport::status).containsExactly(
                tuple("2026-01", LocalDate.of(2026, 2, 13), Status.ON_TIME),
                tuple("2026-02", LocalDate.of(2026, 3, 13), Status.LATE),
                // Wafat Yesus Kristus (3 April) does not count
                tuple("2026-03", LocalDate.of(2026, 4, 15), Status.MISSING),
                // 1 May, 14 and 15 May do not count
                tuple("2026-04", LocalDate.of(2026, 5, 19), Status.ON_TIME),
                tuple("2026-05", LocalDate.of(2026, 6, 15), Status.MISSING),
                tuple("2026-06", LocalDate.of(2026, 7, 14), Status.ON_TIME));
        assertThat(report.opds()).containsExactly(new OpdCompliance(1, "opd", "Dinas PTSP", 6, 3, 1, 2,
                new BigDecimal("50.00")));
    }

    @Test
    void aTriwulanCountsItsOwnPeriodsAndAPeriodNotYetDueAndNotSentIsNotCounted() {
        Map<String, List<MeasurementRecord>> withoutJune = Map.of("i", history.get("i").subList(0, 3));

        ComplianceReport report = compliance.report("32.73", List.of(plan()), ReportPeriod.parse("2026-Q2").orElseThrow(),
                withoutJune);

        assertThat(report.reports()).extracting(DueReport::period).containsExactly("2026-04", "2026-05");
        assertThat(report.opds().get(0).onTimeRate()).isEqualByComparingTo("50.00");
    }

    private static ActionPlan plan() {
        IndicatorEntry indicator = new IndicatorEntry("i", 0, "Waktu layanan", IndicatorKind.TREND, "hari",
                Polarity.LOWER_IS_BETTER, ReportingFrequency.MONTHLY, BigDecimal.TEN, new BigDecimal("5"),
                LocalDate.of(2026, 6, 30), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new ActionPlan("innovation", "32.73", "opd", "Dinas PTSP", "Layanan online", "Masalah", "Rencana", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, InnovationStage.PENERAPAN, null,
                Instant.parse("2026-01-05T02:15:00Z"), Map.of("i", indicator), Map.of(), null);
    }

    private static MeasurementRecord record(String period, String receivedOn) {
        Period reporting = Period.of(period);
        return new MeasurementRecord(MeasurementRecord.idOf("i", period), "m-" + period, "innovation", "i", "32.73",
                "opd", period, reporting.start(), reporting.end(), BigDecimal.ONE, null, null, null, null, null,
                LocalDate.parse(receivedOn).atTime(10, 0).atZone(JAKARTA).toInstant(), null);
    }
}
