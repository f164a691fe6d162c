package id.pantau.events;

import java.time.Instant;

/**
 * An inspector's follow-up of an alert; {@code acknowledgedBy} is the opaque subject id of the token, nothing personal.
 * {@code opdCode} is the OPD owning the alerted indicator; events written before it existed carry none.
 */
public record AlertAcknowledged(
        String alertId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String acknowledgedBy,
        String comment,
        Instant acknowledgedAt) implements PantauEvent {
}
