package id.pantau.events;

import java.time.Instant;

public record InnovationStageChanged(
        String innovationId,
        String regionCode,
        String opdCode,
        InnovationStage from,
        InnovationStage to,
        String reason,
        String changedBy,
        Instant changedAt) implements PantauEvent {
}
