package id.pantau.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An indicator still on track whose least-squares trend misses its target at the deadline: the value projected
 * there and the date the target would be reached ({@code null}: never, the trend goes the wrong way or is flat).
 */
public record ForecastMissProjected(
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String indicatorName,
        BigDecimal target,
        LocalDate deadline,
        BigDecimal projectedAtDeadline,
        LocalDate projectedReachDate,
        Instant detectedAt) implements PantauEvent {
}
