package id.pantau.reporting.innovationindex;

import id.pantau.events.InnovationStage;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.compliance.ComplianceReport.DueReport;
import id.pantau.reporting.compliance.ComplianceReport.Status;
import id.pantau.reporting.innovationindex.InnovationIndexReport.InnovationScore;
import id.pantau.reporting.innovationindex.InnovationIndexReport.Shortfall;
import id.pantau.reporting.measurement.MeasurementRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 2023 catalogue (stage 30: inisiatif 10, uji coba 20, penerapan 30; replication 20, full at 2 other regions;
 * indicators with data 20; evidence 15; timeliness 15) on a worked example, computed by hand:
 *
 * <pre>
 * A, Kota Bandung, penerapan                                        points
 *   stage      penerapan                                   30
 *   replication 1 other region of 2          20 x 1/2  =   10.00
 *   with data  1 of 2 indicators (a third is retired)
 *                                            20 x 1/2  =   10.00
 *   evidence   the indicator requiring it: 2 measurements, 1 with evidence
 *                                            15 x 1/2  =    7.50
 *   timeliness 2 of 3 reports on time        15 x 2/3  =   10.00
 *                                                          67.50
 * B, Kota Bandung, inisiatif: 10 + 0 + 20 x 1/1 + 15 (no evidence required) + 15 (nothing due) = 60.00
 * Kota Bandung: (67.50 + 60.00) / 2 = 63.75 > 60            sangat inovatif
 * C, Kabupaten Bandung, uji coba: 20 + 0 + 0 (not measured) + 0 (evidence required, none reported)
 *                                 + 0 (its one report missing) = 20.00 < 35   kurang inovatif
 * </pre>
 */
class IndexProjectionTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    final ScoringCatalogue catalogue = catalogue();
    final IndexProjection projection = new IndexProjection(catalogue, AS_OF, JAKARTA);

    @Test
    void theWorkedExampleScoresEachInnovationAndRegionAsComputedByHand() {
        ActionPlan a = plan("a", "32.73", InnovationStage.PENERAPAN, indicator("a1", "Waktu layanan", true, null),
                indicator("a2", "Kepuasan", false, null),
                indicator("a3", "Diganti", false, Instant.parse("2026-03-01T00:00:00Z")));
        ActionPlan b = plan("b", "32.73", InnovationStage.INISIATIF, indicator("b1", "Aduan", false, null));
        ActionPlan c = plan("c", "32.04", InnovationStage.UJI_COBA, indicator("c1", "Data", true, null));
        Map<String, IndexProjection.Facts> facts = Map.of(
                "a", new IndexProjection.Facts(Map.of("a1", List.of(measured("a1", "2026-01", "https://bukti/1"),
                        measured("a1", "2026-02", null))), 1,
                        List.of(due("a", Status.ON_TIME), due("a", Status.ON_TIME), due("a", Status.LATE))),
                "b", new IndexProjection.Facts(Map.of("b1", List.of(measured("b1", "2026-01", null))), 0, List.of()),
                "c", new IndexProjection.Facts(Map.of(), 0, List.of(due("c", Status.MISSING))));

        InnovationIndexReport report = projection.report("32", null, Instant.parse("2026-06-30T05:00:00Z"),
                List.of(a, b, c), facts, Map.of("32.73", "Kota Bandung"));

        assertThat(report.catalogueYear()).isEqualTo(2023);
        assertThat(report.regions()).extracting("regionCode", "regionName", "innovations", "index", "band")
                .containsExactly(tuple("32.04", null, 1, new BigDecimal("20.00"), "KURANG_INOVATIF"),
                        tuple("32.73", "Kota Bandung", 2, new BigDecimal("63.75"), "SANGAT_INOVATIF"));
        Map<String, InnovationScore> scores = new LinkedHashMap<>();
        report.innovations().forEach(score -> scores.put(score.innovationId(), score));
        assertThat(scores.keySet()).containsExactly("c", "a", "b");
        assertThat(scores.get("a").criteria()).extracting("criterion", "points").containsExactly(
                tuple("STAGE", new BigDecimal("30.00")), tuple("REPLICATION", new BigDecimal("10.00")),
                tuple("INDICATORS_WITH_DATA", new BigDecimal("10.00")), tuple("EVIDENCE", new BigDecimal("7.50")),
                tuple("TIMELINESS", new BigDecimal("10.00")));
        assertThat(scores.get("a").score()).isEqualByComparingTo("67.50");
        assertThat(scores.get("b").score()).isEqualByComparingTo("60.00");
        assertThat(scores.get("c").score()).isEqualByComparingTo("20.00");
    }

    @Test
    void eachShortfallSaysWhatIsMissingAndThePointsItWouldAdd() {
        ActionPlan a = plan("a", "32.73", InnovationStage.INISIATIF, indicator("a1", "Waktu layanan", true, null),
                indicator("a2", "Kepuasan", false, null));
        InnovationScore score = projection.score(1, a, new IndexProjection.Facts(
                Map.of("a1", List.of(measured("a1", "2026-01", null))), 1,
                List.of(due("a", Status.ON_TIME), due("a", Status.MISSING))));

        assertThat(score.missing()).extracting(Shortfall::criterion, Shortfall::gain, Shortfall::detail).containsExactly(
                tuple("STAGE", new BigDecimal("10.00"), "Naikkan tahapan ke Uji coba"),
                tuple("REPLICATION", new BigDecimal("10.00"), "Direplikasi di 1 daerah lain lagi"),
                tuple("INDICATORS_WITH_DATA", new BigDecimal("10.00"), "Laporkan realisasi: Kepuasan"),
                tuple("EVIDENCE", new BigDecimal("15.00"), "Lengkapi bukti dukung 1 laporan realisasi"),
                tuple("TIMELINESS", new BigDecimal("7.50"), "1 dari 2 laporan terlambat atau belum masuk"));
    }

    @Test
    void aDiscontinuedInnovationEarnsNoStagePointsAndNothingCanRaiseThem() {
        InnovationScore score = projection.score(1, plan("d", "32.73", InnovationStage.DIHENTIKAN,
                indicator("d1", "Data", false, null)), new IndexProjection.Facts(Map.of(), 2, List.of()));

        assertThat(score.criteria().get(0).points()).isEqualByComparingTo("0");
        assertThat(score.missing().get(0)).isEqualTo(new Shortfall("STAGE", null, "Tahapan Dihentikan tidak dinilai"));
        assertThat(score.criteria().get(1).points()).isEqualByComparingTo("20");
    }

    @Test
    void theBandsOf2023AreAboveSixtyThirtyFiveToSixtyAndBelowThirtyFive() {
        assertThat(catalogue.bandOf(new BigDecimal("60.01")).code()).isEqualTo("SANGAT_INOVATIF");
        assertThat(catalogue.bandOf(new BigDecimal("60.00")).code()).isEqualTo("INOVATIF");
        assertThat(catalogue.bandOf(new BigDecimal("35.00")).code()).isEqualTo("INOVATIF");
        assertThat(catalogue.bandOf(new BigDecimal("34.99")).code()).isEqualTo("KURANG_INOVATIF");
        assertThat(catalogue.criteria().stream().map(ScoringCatalogue.Criterion::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    }

    private static ScoringCatalogue catalogue() {
        try {
            return new ScoringCatalogues().forYear("2023");
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static ActionPlan plan(String id, String region, InnovationStage stage, IndicatorEntry... indicators) {
        Map<String, IndicatorEntry> byId = new LinkedHashMap<>();
        for (IndicatorEntry indicator : indicators) {
            byId.put(indicator.indicatorId(), indicator);
        }
        return new ActionPlan(id, region, "opd", "Dinas", "Inovasi " + id, null, null, null, LocalDate.of(2026, 1, 1),
                AS_OF, null, stage, null, Instant.parse("2026-01-05T00:00:00Z"), byId, Map.of(), null);
    }

    private static IndicatorEntry indicator(String id, String name, boolean evidenceRequired, Instant retiredAt) {
        return new IndicatorEntry(id, 0, name, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, retiredAt, null, null, null,
                null, null, null, null, evidenceRequired);
    }

    private static MeasurementRecord measured(String indicatorId, String period, String evidenceUrl) {
        return new MeasurementRecord(MeasurementRecord.idOf(indicatorId, period), "m", "x", indicatorId, "32.73", "opd",
                period, null, null, BigDecimal.ONE, null, null, null, null, null, Instant.parse("2026-02-01T00:00:00Z"),
                evidenceUrl);
    }

    private static DueReport due(String innovationId, Status status) {
        return new DueReport("opd", "Dinas", innovationId, "Inovasi", "i", "Indikator", "2026-01",
                LocalDate.of(2026, 2, 13), null, status);
    }
}
