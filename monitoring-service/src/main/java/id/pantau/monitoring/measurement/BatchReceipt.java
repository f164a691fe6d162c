package id.pantau.monitoring.measurement;

import id.pantau.monitoring.quality.QualityFlag;
import java.util.List;

/**
 * What became of each row of a batch, in the order sent: ACCEPTED (stored, with its measurement id and data-quality
 * flags), DUPLICATE (the same indicator, period, source and value is already stored: a resend; the id is the stored
 * measurement's) or REFUSED (with every reason; nothing of it was written).
 */
public record BatchReceipt(String batchId, int received, int accepted, int duplicates, int refused, List<Row> rows) {

    public enum Outcome { ACCEPTED, DUPLICATE, REFUSED }

    public record Row(int row, Outcome outcome, String measurementId, String indicatorId, String period,
                      List<QualityFlag> flags, List<RowError> errors) {
    }

    /** {@code code} is stable for programs, {@code message} is in the caller's language. */
    public record RowError(String field, String code, String message) {
    }

    static BatchReceipt of(String batchId, List<Row> rows) {
        return new BatchReceipt(batchId, rows.size(), count(rows, Outcome.ACCEPTED), count(rows, Outcome.DUPLICATE),
                count(rows, Outcome.REFUSED), List.copyOf(rows));
    }

    private static int count(List<Row> rows, Outcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
