package id.pantau.reporting.innovationindex;

import id.pantau.reporting.innovationindex.InnovationIndexReport.CriterionScore;
import id.pantau.reporting.innovationindex.InnovationIndexReport.InnovationScore;
import id.pantau.reporting.innovationindex.InnovationIndexReport.RegionIndex;
import id.pantau.reporting.innovationindex.InnovationIndexReport.Shortfall;
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
import java.util.stream.Collectors;

/** The index projection as two tables: per region, and per innovation with its points and what is missing. */
final class InnovationIndexDocument {

    static final String TITLE = "Proyeksi Indeks Inovasi Daerah";
    static final String FILE = "proyeksi-indeks-inovasi";

    private static final List<Column> REGIONS = List.of(
            new Column("No", CellType.INTEGER),
            new Column("Wilayah", CellType.TEXT),
            new Column("Jumlah inovasi", CellType.INTEGER),
            new Column("Indeks proyeksi", CellType.DECIMAL),
            new Column("Predikat", CellType.TEXT));

    private InnovationIndexDocument() {
    }

    static ReportDocument of(InnovationIndexReport report, ReportFilter filter, String regionName, ZoneId zone) {
        List<List<Object>> regions = report.regions().stream().map((RegionIndex region) -> Arrays.<Object>asList(
                region.no(), region.regionName() == null ? region.regionCode() : region.regionCode() + " " + region.regionName(),
                region.innovations(), region.index(), region.bandLabel())).toList();
        List<Column> innovationColumns = new ArrayList<>(List.of(
                new Column("No", CellType.INTEGER),
                new Column("Wilayah", CellType.TEXT),
                new Column("OPD", CellType.TEXT),
                new Column("Inovasi", CellType.TEXT),
                new Column("Tahapan", CellType.TEXT)));
        report.criteria().forEach(criterion -> innovationColumns.add(new Column(criterion.label(), CellType.DECIMAL)));
        innovationColumns.add(new Column("Skor", CellType.DECIMAL));
        innovationColumns.add(new Column("Yang kurang", CellType.TEXT));
        List<List<Object>> innovations = report.innovations().stream().map((InnovationScore innovation) -> {
            List<Object> row = new ArrayList<>(Arrays.asList(innovation.no(), innovation.regionCode(),
                    innovation.opdName() != null ? innovation.opdName() : innovation.opdCode(),
                    innovation.title(), innovation.stage() == null ? null : Labels.of(innovation.stage())));
            innovation.criteria().stream().map(CriterionScore::points).forEach(row::add);
            row.add(innovation.score());
            row.add(innovation.missing().stream().map(InnovationIndexDocument::describe)
                    .collect(Collectors.joining("; ")));
            return row;
        }).toList();
        List<String> formulas = new ArrayList<>(List.of(
                "Proyeksi platform dari data yang dimilikinya, bukan instrumen resmi IID BSKDN Kemendagri; katalog penilaian "
                        + report.catalogueYear() + ".",
                "Skor inovasi = jumlah poin kriteria; poin kriteria = bobot x bagian yang tercapai (dua desimal).",
                "Indeks proyeksi daerah = rata-rata skor inovasinya.",
                "Predikat " + report.catalogueYear() + ": sangat inovatif > 60, inovatif 35 - 60, kurang inovatif < 35."));
        report.criteria().forEach(criterion -> formulas.add(criterion.label() + ": bobot " + criterion.weight().toPlainString()));
        return new ReportDocument(filter.fileName(FILE), TITLE, filter.region().value(), regionName, filter.opdCode(),
                filter.periodLabel(), report.generatedAt(), zone,
                List.of(new Section("Per Daerah", REGIONS, regions), new Section("Per Inovasi", innovationColumns, innovations)),
                formulas);
    }

    private static String describe(Shortfall shortfall) {
        return shortfall.gain() == null ? shortfall.detail()
                : shortfall.detail() + " (+" + shortfall.gain().toPlainString() + ")";
    }
}
