package id.pantau.benchmark;

import java.math.BigDecimal;

/** One row of {@code POST /api/v1/measurements/batch}, as an OPD's own system sends it. */
record BatchRow(String innovationId, String indicatorId, String period, BigDecimal value, String source) {
}
