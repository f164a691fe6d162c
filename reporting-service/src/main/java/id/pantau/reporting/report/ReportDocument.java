package id.pantau.reporting.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as tables, the form its CSV, XLSX and PDF renderings share: a title, the region and period it covers,
 * the time its data was cut off, its sections (one XLSX sheet each) and the formulas its numbers follow.
 *
 * @param fileName the downloaded file's name without extension, e.g. {@code matriks-rencana-aksi-32.73-2026-Q1}
 * @param periodLabel e.g. "Triwulan I 2026", or "Semua periode" when the report covers no period
 */
public record ReportDocument(String fileName, String title, String regionCode, String regionName,
                             String opdCode, String periodLabel, Instant cutOff, ZoneId zone,
                             List<Section> sections, List<String> formulas) {

    public ReportDocument {
        sections = List.copyOf(sections);
        formulas = List.copyOf(formulas);
    }

    /** The region as a report's header names it: "32.73 Kota Bandung", or the code alone when its name is unknown. */
    public String region() {
        return regionName == null ? regionCode : regionCode + " " + regionName;
    }

    /** One table; every row has one cell per column, a cell's class as its column's type says (null: empty). */
    public record Section(String title, List<Column> columns, List<List<Object>> rows) {

        public Section {
            columns = List.copyOf(columns);
            int width = columns.size();
            for (List<Object> row : rows) {
                if (row.size() != width) {
                    throw new IllegalArgumentException(title + ": a row of " + row.size() + " cells for " + width
                            + " columns");
                }
            }
            // cells may be null (empty), which List.copyOf refuses
            rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        }
    }

    public record Column(String header, CellType type) {
    }

    /**
     * TEXT: a String; INTEGER: a Number shown without decimals; DECIMAL: a BigDecimal shown with two decimals;
     * DATE: a LocalDate.
     */
    public enum CellType {
        TEXT,
        INTEGER,
        DECIMAL,
        DATE
    }
}
