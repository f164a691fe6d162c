package id.pantau.reporting.achievement;

import id.pantau.reporting.achievement.AchievementReport.IndicatorTrend;
import id.pantau.reporting.achievement.AchievementReport.PeriodPoint;
import id.pantau.reporting.report.Labels;
import id.pantau.reporting.report.ReportDocument;
import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import id.pantau.reporting.report.ReportFilter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Target vs realisasi as two tables: every measured period, and each indicator's forecast. */
final class AchievementDocument {

    static final String TITLE = "Capaian Indikator (Target vs Realisasi)";
    static final String FILE = "capaian-indikator";

    static final List<String> FORMULAS = List.of(
            "Nilai harapan E = B + (T - B) x (waktu berjalan / waktu sampai tenggat) pada akhir periode; capaian, kategori "
                    + "dan kesehatan adalah penilaian monitoring-service atas periode itu.",
            "Capaian (%) = A / E x 100 bila makin tinggi makin baik; (2E - A) / E x 100 bila makin rendah makin baik "
                    + "(PermenPANRB 8/2021).",
            "Indikator arus (agregasi jumlah): realisasi A adalah jumlah nilai periode sejak awal sampai periode itu "
                    + "(realisasi s.d. periode), dibandingkan dengan nilai harapan kumulatif; nilai lain: nilai periode.",
            "Proyeksi: garis kuadrat terkecil melalui semua realisasi (minimal 3) sampai akhir periode, nilai pada akhir "
                    + "periode pelaporan sebagai titik; nilai proyeksi pada tenggat dan tanggal target tercapai (kosong: "
                    + "tidak pernah, garis datar atau berlawanan arah).");

    private static final List<Column> PERIODS = List.of(
            new Column("No", CellType.INTEGER),
            new Column("OPD", CellType.TEXT),
            new Column("Nama inovasi", CellType.TEXT),
            new Column("Indikator", CellType.TEXT),
            new Column("Satuan", CellType.TEXT),
            new Column("Periode", CellType.TEXT),
            new Column("Nilai harapan", CellType.DECIMAL),
            new Column("Nilai periode", CellType.DECIMAL),
            new Column("Realisasi", CellType.DECIMAL),
            new Column("Capaian (%)", CellType.DECIMAL),
            new Column("Kategori", CellType.TEXT),
            new Column("Kesehatan", CellType.TEXT));

    private static final List<Column> FORECASTS = List.of(
            new Column("No", CellType.INTEGER),
            new Column("OPD", CellType.TEXT),
            new Column("Nama inovasi", CellType.TEXT),
            new Column("Indikator", CellType.TEXT),
            new Column("Baseline", CellType.DECIMAL),
            new Column("Target", CellType.DECIMAL),
            new Column("Tenggat", CellType.DATE),
            new Column("Titik data", CellType.INTEGER),
            new Column("Proyeksi pada tenggat", CellType.DECIMAL),
            new Column("Perkiraan tercapai", CellType.DATE),
            new Column("Proyeksi meleset", CellType.TEXT));

    private AchievementDocument() {
    }

    static ReportDocument of(AchievementReport report, ReportFilter filter, String regionName, ZoneId zone) {
        List<List<Object>> periods = new ArrayList<>();
        List<List<Object>> forecasts = new ArrayList<>();
        for (IndicatorTrend trend : report.indicators()) {
            String opd = trend.opdName() != null ? trend.opdName() : trend.opdCode();
            for (PeriodPoint point : trend.periods()) {
                periods.add(Arrays.asList(periods.size() + 1, opd, trend.title(), trend.name(), trend.unit(),
                        point.period(), point.expected(), point.periodValue(), point.realisasi(), point.capaian(),
                        point.band() == null ? null : point.band().label(), Labels.of(point.health())));
            }
            if (trend.forecast() != null) {
                forecasts.add(Arrays.asList(forecasts.size() + 1, opd, trend.title(), trend.name(), trend.baseline(),
                        trend.target(), trend.deadline(), trend.forecast().points(),
                        trend.forecast().projectedAtDeadline(), trend.forecast().reachDate(),
                        trend.forecast().missProjected() ? "Ya" : "Tidak"));
            }
        }
        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName, filter.opdCode(),
                filter.period() == null ? "Semua periode" : filter.period().label(), report.generatedAt(), zone,
                List.of(new Section("Capaian per Periode", PERIODS, periods), new Section("Proyeksi", FORECASTS, forecasts)),
                FORMULAS);
    }
}
