package id.pantau.reporting.recap;

import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.recap.RecapReport.OpdCounts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecapTest {

    private final Recap recap = new Recap(Clock.fixed(Instant.parse("2026-06-30T05:00:00Z"), ZoneId.of("Asia/Jakarta")));

    private final List<ActionPlan> plans = List.of(
            plan("a", "ptsp", "Dinas PTSP", InnovationStage.INISIATIF, InnovationForm.PELAYANAN_PUBLIK, LocalDate.of(2026, 1, 1)),
            plan("b", "ptsp", "Dinas PTSP", InnovationStage.PENERAPAN, InnovationForm.PELAYANAN_PUBLIK, LocalDate.of(2025, 7, 1)),
            plan("c", "kominfo", "Diskominfo", InnovationStage.UJI_COBA, InnovationForm.TATA_KELOLA, LocalDate.of(2026, 3, 31)),
            plan("d", "kominfo", "Diskominfo", InnovationStage.DIHENTIKAN, InnovationForm.LAINNYA, LocalDate.of(2026, 4, 1)));

    @Test
    void aTriwulanCountsWhatStartedByItsEndPerOpdByStageAndFormNewWithinItAndOngoingBefore() {
        RecapReport report = recap.report("32.73", plans, ReportPeriod.parse("2026-Q1").orElseThrow());

        assertThat(report.opds()).extracting(OpdCounts::no, OpdCounts::opdName).containsExactly(
                tuple(1, "Dinas PTSP"), tuple(2, "Diskominfo"));
        RecapReport.Counts kominfo = report.opds().get(1).counts();
        assertThat(kominfo.total()).isEqualTo(1); // d starts on 1 April, after the triwulan
        assertThat(kominfo.byStage()).containsEntry(InnovationStage.UJI_COBA, 1).containsEntry(InnovationStage.DIHENTIKAN, 0);
        RecapReport.Counts ptsp = report.opds().get(0).counts();
        assertThat(ptsp.newInnovations()).isEqualTo(1);
        assertThat(ptsp.ongoing()).isEqualTo(1);
        assertThat(ptsp.byForm()).containsExactly(Map.entry(InnovationForm.TATA_KELOLA, 0),
                Map.entry(InnovationForm.PELAYANAN_PUBLIK, 2), Map.entry(InnovationForm.LAINNYA, 0));
        assertThat(report.total().total()).isEqualTo(3);
        assertThat(report.total().newInnovations()).isEqualTo(2);
        assertThat(report.stageByForm().get(2).stage()).isEqualTo(InnovationStage.PENERAPAN);
        assertThat(report.stageByForm().get(2).byForm()).containsEntry(InnovationForm.PELAYANAN_PUBLIK, 1);
    }

    @Test
    void withoutAPeriodTheCurrentYearIsCounted() {
        RecapReport report = recap.report("32.73", plans, null);

        assertThat(report.period().code()).isEqualTo("2026");
        assertThat(report.total().total()).isEqualTo(4);
        assertThat(report.total().newInnovations()).isEqualTo(3);
        assertThat(report.total().ongoing()).isEqualTo(1);
    }

    private static ActionPlan plan(String id, String opdCode, String opdName, InnovationStage stage, InnovationForm form,
                                   LocalDate start) {
        return new ActionPlan(id, "32.73", opdCode, opdName, "Inovasi " + id, "Masalah", "Rencana", form, start,
                start.plusMonths(6), null, stage, null, Instant.parse("2025-06-01T00:00:00Z"), Map.of(), Map.of(), null);
    }
}
