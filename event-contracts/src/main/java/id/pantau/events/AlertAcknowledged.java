package id.pantau.events;

import java.time.Instant;

public record AlertAcknowledged(
        String alertId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String acknowledgedBy,
        String comment,
        Instant acknowledgedAt) implements PantauEvent {
}
