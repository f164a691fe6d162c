package id.pantau.innovation.actionplan;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.innovation.indicator.NewIndicator;
import id.pantau.innovation.innovation.NewInnovation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ActionPlanRowsTest {

    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final List<OpdLabel> OPDS = List.of(
            new OpdLabel(PTSP, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas PTSP"),
            new OpdLabel(DISKOMINFO, "Dinas Komunikasi dan Informatika", "Diskominfo"),
            new OpdLabel("7.01.0.00.0.00.01.0000", "Kecamatan Coblong", "Kecamatan"),
            new OpdLabel("7.01.0.00.0.00.02.0000", "Kecamatan Sukajadi", "Kecamatan"));
    private static final LocalDate DEFAULT_START = LocalDate.of(2026, 3, 1);

    private static List<PlanDraft> read(String csv) {
        SheetTable table = CsvTable.read(csv.getBytes(StandardCharsets.UTF_8));
        return new ActionPlanRows(ActionPlanHeader.of(table.headers()), "32.73", OPDS, DEFAULT_START)
                .read(table.rows());
    }

    @Test
    void theSeedTableWithoutOptionalColumnsInfersKindAndPolarityFromTheValues() {
        List<PlanDraft> drafts = read("""
                No,Permasalahan,Inovasi yang Direncanakan,OPD Penanggung Jawab,Target Waktu,Indikator Keberhasilan,\
                Kondisi Awal,Target,Satuan,Frekuensi,Bentuk Inovasi
                1,Layanan lambat,Aplikasi layanan online,dinas ptsp,6 bulan,Waktu layanan,10,5,hari,Bulanan,Pelayanan publik
                2,Data terpencar,Integrasi data OPD,2.16.2.20.2.21.01.0000,31/12/2026,Data terpusat,,,status,Triwulanan,\
                Tata kelola
                """);

        assertThat(drafts).allMatch(PlanDraft::readable);
        NewInnovation ptsp = drafts.get(0).innovation();
        assertThat(ptsp.opdCode()).isEqualTo(PTSP);
        assertThat(ptsp.title()).isEqualTo("Aplikasi layanan online");
        assertThat(ptsp.startDate()).isEqualTo(DEFAULT_START);
        assertThat(ptsp.targetDuration()).isEqualTo(Period.ofMonths(6));
        assertThat(ptsp.form()).isEqualTo(InnovationForm.PELAYANAN_PUBLIK);
        assertThat(ptsp.indicators()).containsExactly(new NewIndicator("Waktu layanan", IndicatorKind.TREND, "hari",
                Polarity.LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(5), null, ReportingFrequency.MONTHLY,
                null, null, null, null));
        NewInnovation diskominfo = drafts.get(1).innovation();
        assertThat(diskominfo.targetDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(diskominfo.targetDuration()).isNull();
        assertThat(diskominfo.indicators().get(0).kind()).isEqualTo(IndicatorKind.MILESTONE);
        assertThat(diskominfo.indicators().get(0).polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void rowsWithoutTheirOwnNumberAddIndicatorsToTheInnovationAbove() {
        List<PlanDraft> drafts = read("""
                No;Permasalahan;Inovasi yang Direncanakan;OPD Penanggung Jawab;Target Waktu;Indikator Keberhasilan;\
                Jenis Indikator;Polaritas;Kondisi Awal;Target;Satuan;Frekuensi;Agregasi;Rumus Capaian;Wajib Bukti
                1;Layanan lambat;Aplikasi layanan online;Dinas PTSP;1 tahun;Waktu layanan;Tren;;10;5;hari;Bulanan;;E/A;
                ;;;;;Izin terbit;Tren;Makin tinggi makin baik;1.200;2.500,5;izin;Triwulanan;Jumlah;;Ya
                1;;;;;Kepuasan;Batas;Makin tinggi makin baik;;85%;;Semesteran;;;tidak
                2;Aduan masyarakat;Sistem pengaduan;Diskominfo;6 bulan;Respons;Batas;rendah;;2;hari;Bulanan;;;
                """);

        assertThat(drafts).extracting(PlanDraft::row, PlanDraft::rows, PlanDraft::no)
                .containsExactly(tuple(2, List.of(2, 3, 4), "1"), tuple(5, List.of(5), "2"));
        List<NewIndicator> indicators = drafts.get(0).innovation().indicators();
        assertThat(indicators).extracting(NewIndicator::name, NewIndicator::kind, NewIndicator::polarity,
                NewIndicator::unit, NewIndicator::frequency, NewIndicator::aggregation,
                NewIndicator::achievementFormula, NewIndicator::evidenceRequired).containsExactly(
                tuple("Waktu layanan", IndicatorKind.TREND, Polarity.LOWER_IS_BETTER, "hari", ReportingFrequency.MONTHLY,
                        null, AchievementFormula.INVERSE_RATIO, null),
                tuple("Izin terbit", IndicatorKind.TREND, Polarity.HIGHER_IS_BETTER, "izin",
                        ReportingFrequency.QUARTERLY, Aggregation.SUM, null, true),
                tuple("Kepuasan", IndicatorKind.BOUND, Polarity.HIGHER_IS_BETTER, "%", ReportingFrequency.SEMESTER,
                        null, null, false));
        assertThat(indicators.get(1).baseline()).isEqualByComparingTo("1200");
        assertThat(indicators.get(1).target()).isEqualByComparingTo("2500.5");
        assertThat(indicators.get(2).target()).isEqualByComparingTo("85");
        assertThat(drafts.get(1).innovation().indicators().get(0).polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    }

    @Test
    void cellsThatSayNothingReadableAreRefusedWithTheirRowAndColumn() {
        List<PlanDraft> drafts = read("""
                No;Permasalahan;Inovasi yang Direncanakan;OPD Penanggung Jawab;Target Waktu;Indikator Keberhasilan;\
                Jenis Indikator;Kondisi Awal;Target;Tanggal Mulai;Frekuensi
                1;Masalah;Inovasi A;Dinas Pariwisata;6 bulan;Kunjungan;;;;;
                2;Masalah;Inovasi B;Kecamatan;segera;Waktu;Tren;10;;;
                3;Masalah;Inovasi C;Dinas PTSP;6 bulan;;Trend;sepuluh;5;32/01/2026;Harian
                """);

        assertThat(drafts).noneMatch(PlanDraft::readable).allMatch(draft -> draft.innovation() == null);
        assertThat(drafts.get(0).refusals()).extracting(RowRefusal::row, RowRefusal::column, RowRefusal::code)
                .containsExactly(tuple(2, ActionPlanColumn.OPD, "opd-unknown"));
        assertThat(drafts.get(1).refusals()).extracting(RowRefusal::row, RowRefusal::column, RowRefusal::code)
                .containsExactly(tuple(3, ActionPlanColumn.OPD, "import-opd-ambiguous"),
                        tuple(3, ActionPlanColumn.TARGET_TIME, "import-duration-unreadable"),
                        tuple(3, ActionPlanColumn.TARGET, "import-target-missing"));
        assertThat(drafts.get(2).refusals()).extracting(RowRefusal::column, RowRefusal::code).containsExactly(
                tuple(ActionPlanColumn.START_DATE, "import-date-unreadable"),
                tuple(ActionPlanColumn.INDICATOR, "required"),
                tuple(ActionPlanColumn.BASELINE, "import-number-unreadable"),
                tuple(ActionPlanColumn.FREQUENCY, "import-value-unknown"));
    }
}
