package id.pantau.reporting.replication;

import id.pantau.reporting.replication.ReplicationReport.Line;
import id.pantau.reporting.replication.ReplicationReport.Source;
import id.pantau.reporting.report.ReportDocument;
import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import id.pantau.reporting.report.ReportFilter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** The replication register as two tables: every replication, and the count per source innovation. */
final class ReplicationDocument {

    static final String TITLE = "Laporan Replikasi Inovasi";
    static final String FILE = "replikasi-inovasi";

    static final List<String> FORMULAS = List.of(
            "Replikasi: inovasi yang diadopsi OPD atau daerah lain dari inovasi asalnya, dengan tanggal replikasi.",
            "Daerah adopter berbeda: jumlah kode wilayah adopter yang berlainan per inovasi asal (yang dihitung "
                    + "Indeks Inovasi Daerah).",
            "Judul dan OPD inovasi di luar wilayah yang boleh dibaca pengguna tidak ditampilkan.");

    private static final List<Column> REPLICATIONS = List.of(
            new Column("No", CellType.INTEGER),
            new Column("Inovasi asal", CellType.TEXT),
            new Column("Wilayah asal", CellType.TEXT),
            new Column("OPD asal", CellType.TEXT),
            new Column("Inovasi replikasi", CellType.TEXT),
            new Column("Wilayah adopter", CellType.TEXT),
            new Column("OPD adopter", CellType.TEXT),
            new Column("Tanggal replikasi", CellType.DATE));

    private static final List<Column> SOURCES = List.of(
            new Column("No", CellType.INTEGER),
            new Column("Inovasi asal", CellType.TEXT),
            new Column("Wilayah asal", CellType.TEXT),
            new Column("Jumlah replikasi", CellType.INTEGER),
            new Column("Daerah adopter berbeda", CellType.INTEGER));

    private ReplicationDocument() {
    }

    static ReportDocument of(ReplicationReport report, ReportFilter filter, String regionName, ZoneId zone) {
        List<List<Object>> lines = report.replications().stream().map((Line line) -> Arrays.<Object>asList(line.no(),
                orId(line.sourceTitle(), line.sourceId()), region(line.regionCode(), line.regionName()),
                line.opdName() != null ? line.opdName() : line.opdCode(), orId(line.replicaTitle(), line.replicaId()),
                region(line.adopterRegionCode(), line.adopterRegionName()),
                line.adopterOpdName() != null ? line.adopterOpdName() : line.adopterOpdCode(), line.replicatedOn())).toList();
        List<List<Object>> sources = report.sources().stream().map((Source source) -> Arrays.<Object>asList(source.no(),
                orId(source.sourceTitle(), source.sourceId()), source.regionCode(), source.replications(),
                source.distinctAdopterRegions())).toList();
        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName, filter.opdCode(),
                filter.period() == null ? "Semua periode" : filter.period().label(), report.generatedAt(), zone,
                List.of(new Section("Replikasi", REPLICATIONS, lines), new Section("Per Inovasi Asal", SOURCES, sources)),
                FORMULAS);
    }

    private static String orId(String title, String id) {
        return title != null ? title : id;
    }

    private static String region(String code, String name) {
        return name == null ? code : code + " " + name;
    }
}
