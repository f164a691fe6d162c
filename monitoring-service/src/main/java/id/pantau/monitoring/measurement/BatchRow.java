package id.pantau.monitoring.measurement;

/**
 * One row of a measurement batch as it was sent, every field as text (a CSV cell, or the JSON value written
 * out), so that a badly typed field refuses its row and not the whole batch. {@code row} counts from 1.
 */
record BatchRow(int row, String innovationId, String indicatorId, String period, String value, String note,
                String evidenceUrl, String measuredAt, String source) {
}
