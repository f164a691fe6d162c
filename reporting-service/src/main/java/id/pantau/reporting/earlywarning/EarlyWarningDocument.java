package id.pantau.reporting.earlywarning;

import id.pantau.reporting.earlywarning.EarlyWarningReport.Kind;
import id.pantau.reporting.earlywarning.EarlyWarningReport.Warning;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.report.IndonesianFormat;
import id.pantau.reporting.report.Labels;
import id.pantau.reporting.report.ReportDocument;
import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import id.pantau.reporting.report.ReportFilter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** The early-warning list as one table, oldest first. */
final class EarlyWarningDocument {

    static final String TITLE = "Daftar Peringatan Dini";
    static final String FILE = "peringatan-dini";

    static final List<String> FORMULAS = List.of(
            "Berisiko: indikator tergelincir menurut monitoring-service (tertinggal dari lintasan, batas terlampaui, "
                    + "tenggat terlewati) atau berkesehatan berisiko / tidak tercapai hari ini; sejak tanggal tergelincir.",
            "Laporan terlambat: realisasi sebuah periode belum masuk sampai tanggal jatuh tempo (akhir periode + "
                    + "hari kerja tenggang wilayah); sejak tanggal jatuh tempo.",
            "Proyeksi meleset: garis kuadrat terkecil atas realisasi terakhir tidak mencapai target pada tenggat; "
                    + "berlaku sampai realisasi berikutnya masuk.",
            "Umur = hari kalender dan hari kerja (tanpa Sabtu, Minggu, libur nasional dan cuti bersama) sejak "
                    + "tanggal mulai peringatan.",
            "Eskalasi: 1 kepala OPD, 2 inspektorat kabupaten/kota, 3 inspektorat provinsi.");

    private static final List<Column> COLUMNS = List.of(
            new Column("No", CellType.INTEGER),
            new Column("Jenis peringatan", CellType.TEXT),
            new Column("Nama inovasi", CellType.TEXT),
            new Column("OPD", CellType.TEXT),
            new Column("Indikator", CellType.TEXT),
            new Column("Kesehatan", CellType.TEXT),
            new Column("Keterangan", CellType.TEXT),
            new Column("Periode", CellType.TEXT),
            new Column("Target", CellType.DECIMAL),
            new Column("Tenggat", CellType.DATE),
            new Column("Proyeksi pada tenggat", CellType.DECIMAL),
            new Column("Sejak", CellType.DATE),
            new Column("Umur (hari)", CellType.INTEGER),
            new Column("Umur (hari kerja)", CellType.INTEGER),
            new Column("Status tindak lanjut", CellType.TEXT),
            new Column("Tingkat eskalasi", CellType.INTEGER),
            new Column("Ditindaklanjuti pada", CellType.DATE));

    private EarlyWarningDocument() {
    }

    static ReportDocument of(EarlyWarningReport report, ReportFilter filter, String regionName, ZoneId zone) {
        List<List<Object>> rows = report.warnings().stream().map(warning -> Arrays.<Object>asList(
                warning.no(), kind(warning.kind()), warning.title(),
                warning.opdName() != null ? warning.opdName() : warning.opdCode(), warning.indicatorName(),
                Labels.of(warning.health()), detail(warning), warning.period(), warning.target(), warning.deadline(),
                warning.projectedAtDeadline(), warning.since(), warning.ageDays(), warning.ageWorkingDays(),
                warning.alert() == null ? null : warning.alert().state() == AlertState.ACKNOWLEDGED
                        ? "Ditindaklanjuti" : "Belum ditindaklanjuti",
                warning.alert() == null ? null : warning.alert().escalationLevel(),
                warning.alert() == null || warning.alert().acknowledgedAt() == null ? null
                        : warning.alert().acknowledgedAt().atZone(zone).toLocalDate())).toList();
        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName, filter.opdCode(),
                filter.periodLabel(), report.generatedAt(), zone, List.of(new Section("Peringatan Dini", COLUMNS, rows)),
                FORMULAS);
    }

    private static String kind(Kind kind) {
        return switch (kind) {
            case AT_RISK -> "Berisiko";
            case OVERDUE -> "Laporan terlambat";
            case FORECAST_MISS -> "Proyeksi meleset";
        };
    }

    private static String detail(Warning warning) {
        return switch (warning.kind()) {
            case AT_RISK -> warning.rule() == null ? null
                    : Labels.of(warning.rule()) + " (" + Labels.of(warning.severity()) + ")";
            case OVERDUE -> "Jatuh tempo " + IndonesianFormat.date(warning.dueDate());
            case FORECAST_MISS -> warning.projectedReachDate() == null ? "Target tidak tercapai dengan tren ini"
                    : "Target tercapai pada " + IndonesianFormat.date(warning.projectedReachDate());
        };
    }
}
