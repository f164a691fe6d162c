package id.pantau.reporting.actionplan;

import id.pantau.reporting.actionplan.ActionPlanReport.IndicatorRow;
import id.pantau.reporting.actionplan.ActionPlanReport.OpenAlert;
import id.pantau.reporting.actionplan.ActionPlanReport.Row;
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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The action-plan matrix as tables: one line per indicator of each innovation (an innovation's columns repeated
 * on each of its indicators, once for one without indicators), then the open alerts.
 */
final class ActionPlanDocument {

    static final String TITLE = "Matriks Rencana Aksi Inovasi";
    static final String FILE = "matriks-rencana-aksi";

    /** Worded for the PDF's standard fonts: no Greek letters or mathematical signs outside Latin-1. */
    static final List<String> FORMULAS = List.of(
            "Waktu terpakai (%) = (tanggal laporan - tanggal mulai) / (tanggal target - tanggal mulai) x 100, "
                    + "dibatasi 0-100; tanggal laporan = hari terakhir periode, atau hari ini selama periode berjalan.",
            "Nilai harapan E = B + (T - B) x (waktu berjalan / waktu sampai tenggat), linear dari baseline B ke target T; "
                    + "dengan target per periode, E adalah target periode itu.",
            "Rasio progres = (A - B) / (E - B), A = realisasi.",
            "Capaian (%) = A / E x 100 bila makin tinggi makin baik; (2E - A) / E x 100 bila makin rendah makin baik "
                    + "(PermenPANRB 8/2021).",
            "Kesehatan: tercapai bila target terpenuhi; sesuai rencana bila rasio progres >= 0,95; tertinggal bila "
                    + "0,85 <= rasio < 0,95; berisiko bila < 0,85 atau batas terlampaui; tidak tercapai bila tenggat "
                    + "lewat tanpa target terpenuhi (ambang batas wilayah).",
            "Realisasi sebuah periode = nilai periode pelaporan terakhir di dalamnya; untuk indikator arus "
                    + "(satuan yang dijumlahkan) jumlah nilai periode-periodenya.",
            "Nilai harapan, rasio progres, capaian dan kesehatan per periode adalah penilaian monitoring-service "
                    + "atas periode pelaporan terakhir.");

    private static final List<Column> MATRIX = List.of(
            new Column("No", CellType.INTEGER),
            new Column("Permasalahan", CellType.TEXT),
            new Column("Rencana inovasi", CellType.TEXT),
            new Column("Nama inovasi", CellType.TEXT),
            new Column("OPD penanggung jawab", CellType.TEXT),
            new Column("Bentuk", CellType.TEXT),
            new Column("Tahapan", CellType.TEXT),
            new Column("Waktu target", CellType.TEXT),
            new Column("Tanggal mulai", CellType.DATE),
            new Column("Tanggal target", CellType.DATE),
            new Column("Waktu terpakai (%)", CellType.INTEGER),
            new Column("Indikator keberhasilan", CellType.TEXT),
            new Column("Jenis", CellType.TEXT),
            new Column("Satuan", CellType.TEXT),
            new Column("Baseline", CellType.DECIMAL),
            new Column("Target", CellType.DECIMAL),
            new Column("Tenggat", CellType.DATE),
            new Column("Periode", CellType.TEXT),
            new Column("Realisasi", CellType.DECIMAL),
            new Column("Nilai harapan", CellType.DECIMAL),
            new Column("Capaian (%)", CellType.DECIMAL),
            new Column("Kesehatan", CellType.TEXT),
            new Column("Tergelincir", CellType.TEXT),
            new Column("Laporan terlambat", CellType.TEXT),
            new Column("Peringatan terbuka", CellType.INTEGER));

    private static final List<Column> ALERTS = List.of(
            new Column("No", CellType.INTEGER),
            new Column("Nama inovasi", CellType.TEXT),
            new Column("OPD", CellType.TEXT),
            new Column("Indikator", CellType.TEXT),
            new Column("Aturan", CellType.TEXT),
            new Column("Tingkat", CellType.TEXT),
            new Column("Status", CellType.TEXT));

    private ActionPlanDocument() {
    }

    static ReportDocument of(ActionPlanReport report, ReportFilter filter, String regionName, ZoneId zone) {
        List<List<Object>> matrix = new ArrayList<>();
        List<List<Object>> alerts = new ArrayList<>();
        for (Row row : report.rows()) {
            List<Object> plan = Arrays.asList(row.no(), row.problem(), row.plannedInnovation(), row.title(),
                    row.opdName() != null ? row.opdName() : row.opdCode(), Labels.of(row.form()),
                    Labels.of(row.stage()), row.targetTime(), row.startDate(), row.targetDate(),
                    row.timeUsedPercent());
            Map<String, Long> openByIndicator = row.openAlerts().stream()
                    .collect(Collectors.groupingBy(alert -> String.valueOf(alert.indicatorId()), Collectors.counting()));
            if (row.indicators().isEmpty()) {
                matrix.add(line(plan, Arrays.asList(null, null, null, null, null, null, null, null, null, null, null,
                        null, null, (long) row.openAlerts().size())));
            }
            for (IndicatorRow indicator : row.indicators()) {
                matrix.add(line(plan, Arrays.asList(indicator.name(), Labels.of(indicator.kind()), indicator.unit(),
                        indicator.baseline(), indicator.target(), indicator.deadline(), indicator.latestPeriod(),
                        indicator.latestValue(), indicator.expected(), indicator.capaian(),
                        Labels.of(indicator.health()),
                        indicator.slip() == null ? null
                                : Labels.of(indicator.slip().rule()) + " (" + Labels.of(indicator.slip().severity()) + ")",
                        indicator.overdue() == null ? null : indicator.overdue().period(),
                        openByIndicator.getOrDefault(indicator.indicatorId(), 0L))));
            }
            Map<String, String> names = row.indicators().stream()
                    .collect(Collectors.toMap(IndicatorRow::indicatorId, IndicatorRow::name, (a, b) -> a));
            for (OpenAlert alert : row.openAlerts()) {
                alerts.add(Arrays.asList(alerts.size() + 1, row.title(),
                        row.opdName() != null ? row.opdName() : row.opdCode(),
                        names.getOrDefault(String.valueOf(alert.indicatorId()), alert.indicatorId()),
                        Labels.of(alert.rule()), Labels.of(alert.severity()),
                        alert.state() == ActionPlan.AlertState.ACKNOWLEDGED ? "Ditindaklanjuti" : "Terbuka"));
            }
        }
        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName,
                filter.opdCode(), filter.periodLabel(), report.generatedAt(), zone,
                List.of(new Section("Rencana Aksi", MATRIX, matrix), new Section("Peringatan Terbuka", ALERTS, alerts)),
                FORMULAS);
    }

    private static List<Object> line(List<Object> plan, List<Object> indicator) {
        List<Object> line = new ArrayList<>(plan);
        line.addAll(indicator);
        return line;
    }
}
