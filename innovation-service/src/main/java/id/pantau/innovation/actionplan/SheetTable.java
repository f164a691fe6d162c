package id.pantau.innovation.actionplan;

import java.util.List;

/**
 * A table read from an uploaded file: its header cells and its data rows, each with the row number the
 * spreadsheet shows (the header's row counts, so the first data row under a header in row 1 is row 2).
 * Blank rows are left out.
 */
public record SheetTable(List<String> headers, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        /** The cell of the column, "" when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }
}
