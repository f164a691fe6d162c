package id.pantau.events;

import java.math.BigDecimal;
import java.time.Instant;

/** An accepted measurement (realisasi) of one indicator for one period, e.g. {@code 2026-03}. */
public record IndicatorMeasured(
        String measurementId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String period,
        BigDecimal value,
        String submittedBy,
        String evidenceUrl,
        String note,
        Instant measuredAt) implements PantauEvent {
}
