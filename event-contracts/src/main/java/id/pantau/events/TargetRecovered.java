package id.pantau.events;

import java.math.BigDecimal;
import java.time.Instant;

/** The indicator is back within half the tolerance of its trajectory. */
public record TargetRecovered(
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String indicatorName,
        SlipRule rule,
        String period,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal progressRatio,
        Instant recoveredAt) implements PantauEvent {
}
