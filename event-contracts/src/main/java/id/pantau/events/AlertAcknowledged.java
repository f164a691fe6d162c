package id.pantau.events;

import java.time.Instant;

/** An inspector's follow-up of an alert; {@code acknowledgedBy} is the opaque subject id of the token, nothing personal. */
public record AlertAcknowledged(
        String alertId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String acknowledgedBy,
        String comment,
        Instant acknowledgedAt) implements PantauEvent {
}
