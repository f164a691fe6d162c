package id.pantau.events;

import java.time.Instant;

/**
 * An alert stayed unacknowledged and went to the next level: 1 the OPD head, 2 the inspectorate of the
 * kabupaten/kota, 3 the provincial inspectorate.
 */
public record AlertEscalated(
        String alertId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        int level,
        Instant escalatedAt) implements PantauEvent {
}
