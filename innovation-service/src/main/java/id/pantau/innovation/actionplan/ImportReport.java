package id.pantau.innovation.actionplan;

import java.util.List;

/**
 * The answer to an import: per innovation of the table, in its order, what became of it.
 *
 * @param ignoredColumns headers of the file the import does not read
 */
public record ImportReport(boolean dryRun, String regionCode, int created, int wouldCreate, int refused,
                           List<String> ignoredColumns, List<Entry> rows) {

    /**
     * One innovation of the table.
     *
     * @param row          the spreadsheet row it starts on
     * @param rows         every row of it (one per indicator)
     * @param innovationId the registered innovation, when CREATED
     */
    public record Entry(int row, List<Integer> rows, String no, String title, ImportStatus status,
                        String innovationId, List<Reason> reasons) {
    }

    /** Why a row was refused: where (row, column header), a stable code and the message in the caller's language. */
    public record Reason(int row, String column, String code, String message) {
    }

    static ImportReport of(boolean dryRun, String regionCode, List<String> ignoredColumns, List<Entry> rows) {
        return new ImportReport(dryRun, regionCode, count(rows, ImportStatus.CREATED),
                count(rows, ImportStatus.WOULD_CREATE), count(rows, ImportStatus.REFUSED), ignoredColumns, rows);
    }

    private static int count(List<Entry> rows, ImportStatus status) {
        return (int) rows.stream().filter(row -> row.status() == status).count();
    }
}
