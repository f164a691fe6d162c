package id.pantau.innovation.actionplan;

import java.util.List;

/** What CSV and XLSX tables share: the first non-blank row is the header; blank and note rows are skipped. */
final class SheetTables {

    /** A row whose first cell starts with this is a note for the person filling in the file (the template's). */
    static final String NOTE = "#";

    private SheetTables() {
    }

    /** @throws id.pantau.defaults.problem.ApiProblem 422 {@code import-empty} without a header row */
    static SheetTable withHeader(List<SheetTable.Row> rows) {
        List<SheetTable.Row> filled = rows.stream().filter(row -> !row.blank()).toList();
        if (filled.isEmpty()) {
            throw ImportProblems.empty();
        }
        List<String> headers = filled.get(0).cells();
        List<SheetTable.Row> data = filled.subList(1, filled.size()).stream()
                .filter(row -> !row.cell(0).startsWith(NOTE))
                .toList();
        return new SheetTable(headers, data);
    }
}
