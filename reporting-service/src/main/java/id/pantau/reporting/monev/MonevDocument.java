package id.pantau.reporting.monev;

import id.pantau.reporting.monev.MonevReport.Line;
import id.pantau.reporting.period.Aggregation;
import id.pantau.reporting.report.Labels;
import id.pantau.reporting.report.ReportDocument;
import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import id.pantau.reporting.report.ReportFilter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** The quarterly M&E as one table: a line per indicator and triwulan. */
final class MonevDocument {

    static final String TITLE = "Laporan Monev Inovasi Triwulan";
    static final String FILE = "monev-triwulan";

    static final List<String> FORMULAS = List.of(
            "Target triwulan (indikator tren) = B + (T - B) x (hari sejak mulai sampai akhir triwulan / hari sejak mulai "
                    + "sampai tenggat), dibatasi 0-1; indikator batas: batasnya; tonggak: tanpa target.",
            "Realisasi triwulan = nilai periode pelaporan terakhir di dalam triwulan; indikator arus (satuan yang "
                    + "dijumlahkan): jumlah nilai periode-periodenya.",
            "Capaian (%) = realisasi / target x 100 bila makin tinggi makin baik; (2 x target - realisasi) / target x 100 "
                    + "bila makin rendah makin baik (PermenPANRB 8/2021); tonggak: 100 bila selesai, 0 bila belum.",
            "Kategori capaian: sangat tinggi >= 91; tinggi 76 - 90; sedang 66 - 75; rendah 51 - 65; sangat rendah <= 50 "
                    + "(ambang batas dapat diatur).");

    private static final List<Column> COLUMNS = List.of(
            new Column("No", CellType.INTEGER),
            new Column("OPD", CellType.TEXT),
            new Column("Nama inovasi", CellType.TEXT),
            new Column("Indikator", CellType.TEXT),
            new Column("Jenis", CellType.TEXT),
            new Column("Satuan", CellType.TEXT),
            new Column("Triwulan", CellType.TEXT),
            new Column("Target", CellType.DECIMAL),
            new Column("Realisasi", CellType.DECIMAL),
            new Column("Capaian (%)", CellType.DECIMAL),
            new Column("Kategori", CellType.TEXT),
            new Column("Agregasi", CellType.TEXT),
            new Column("Catatan", CellType.TEXT));

    private MonevDocument() {
    }

    static ReportDocument of(MonevReport report, ReportFilter filter, String regionName, ZoneId zone) {
        List<List<Object>> rows = report.lines().stream().map((Line line) -> Arrays.<Object>asList(line.no(),
                line.opdName() != null ? line.opdName() : line.opdCode(), line.title(), line.indicatorName(),
                Labels.of(line.kind()), line.unit(), line.triwulanLabel(), line.target(), line.realisasi(),
                line.capaian(), line.band() == null ? null : line.band().label(),
                line.aggregation() == Aggregation.SUM ? "Jumlah" : "Nilai terakhir", line.notes())).toList();
        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName, filter.opdCode(),
                report.period().label(), report.generatedAt(), zone, List.of(new Section("Monev Triwulan", COLUMNS, rows)),
                FORMULAS);
    }
}
