package id.pantau.events;

import java.math.BigDecimal;
import java.time.Instant;

/** An indicator fell behind its expected trajectory, missed its deadline or broke its bound. */
public record TargetSlipped(
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String indicatorName,
        SlipRule rule,
        Severity severity,
        String period,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal progressRatio,
        Instant detectedAt) implements PantauEvent {
}
