package id.pantau.monitoring.measurement;

import tools.jackson.databind.JsonNode;

/**
 * A row of a JSON batch: like a single submission, but {@code value} may also be a word for a milestone
 * ("done", "not done", "selesai", "belum") and {@code measuredAt} an ISO-8601 instant.
 */
public record BatchRowRequest(String innovationId, String indicatorId, String period, JsonNode value, String note,
                              String evidenceUrl, String measuredAt, String source) {

    BatchRow toRow(int row) {
        return new BatchRow(row, innovationId, indicatorId, period, text(value), note, evidenceUrl, measuredAt, source);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
