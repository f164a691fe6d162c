package id.pantau.reporting.compliance;

import id.pantau.reporting.compliance.ComplianceReport.DueReport;
import id.pantau.reporting.compliance.ComplianceReport.OpdCompliance;
import id.pantau.reporting.report.ReportDocument;
import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import id.pantau.reporting.report.ReportFilter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Compliance as two tables: the rate per OPD, and every report that fell due. */
final class ComplianceDocument {

    static final String TITLE = "Kepatuhan Pelaporan OPD";
    static final String FILE = "kepatuhan-pelaporan";

    private static final List<Column> PER_OPD = List.of(
            new Column("No", CellType.INTEGER),
            new Column("OPD", CellType.TEXT),
            new Column("Laporan jatuh tempo", CellType.INTEGER),
            new Column("Tepat waktu", CellType.INTEGER),
            new Column("Terlambat", CellType.INTEGER),
            new Column("Belum masuk", CellType.INTEGER),
            new Column("Tingkat tepat waktu (%)", CellType.DECIMAL));

    private static final List<Column> DETAIL = List.of(
            new Column("OPD", CellType.TEXT),
            new Column("Nama inovasi", CellType.TEXT),
            new Column("Indikator", CellType.TEXT),
            new Column("Periode", CellType.TEXT),
            new Column("Jatuh tempo", CellType.DATE),
            new Column("Diterima", CellType.DATE),
            new Column("Status", CellType.TEXT));

    private ComplianceDocument() {
    }

    static ReportDocument of(ComplianceReport report, ReportFilter filter, String regionName, ZoneId zone,
                             int graceWorkingDays) {
        List<List<Object>> opds = report.opds().stream().map((OpdCompliance opd) -> Arrays.<Object>asList(opd.no(),
                opd.opdName() != null ? opd.opdName() : opd.opdCode(), opd.due(), opd.onTime(), opd.late(),
                opd.missing(), opd.onTimeRate())).toList();
        List<List<Object>> reports = report.reports().stream().map((DueReport due) -> Arrays.<Object>asList(
                due.opdName() != null ? due.opdName() : due.opdCode(), due.title(), due.indicatorName(), due.period(),
                due.dueDate(), due.receivedOn(), switch (due.status()) {
                    case ON_TIME -> "Tepat waktu";
                    case LATE -> "Terlambat";
                    case MISSING -> "Belum masuk";
                })).toList();
        List<String> formulas = List.of(
                "Laporan jatuh tempo: satu per indikator dan periode pelaporannya (bulanan, triwulanan, semesteran, "
                        + "tahunan), sejak tanggal mulai inovasi sampai tenggat indikator, yang jatuh tempo sampai hari ini.",
                "Jatuh tempo = akhir periode + " + graceWorkingDays + " hari kerja (tanpa Sabtu, Minggu, libur nasional "
                        + "dan cuti bersama).",
                "Tepat waktu: realisasi dicatat paling lambat pada hari jatuh tempo; terlambat: sesudahnya; belum masuk: "
                        + "belum ada realisasi.",
                "Tingkat tepat waktu (%) = tepat waktu / laporan jatuh tempo x 100.");
        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName, filter.opdCode(),
                report.period().label(), report.generatedAt(), zone,
                List.of(new Section("Per OPD", PER_OPD, opds), new Section("Rincian Laporan", DETAIL, reports)), formulas);
    }
}
