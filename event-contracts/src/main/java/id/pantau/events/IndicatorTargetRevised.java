package id.pantau.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record IndicatorTargetRevised(
        String innovationId,
        String regionCode,
        String opdCode,
        String indicatorId,
        BigDecimal oldTarget,
        BigDecimal newTarget,
        LocalDate oldDeadline,
        LocalDate newDeadline,
        String reason,
        String revisedBy,
        Instant revisedAt) implements PantauEvent {
}
