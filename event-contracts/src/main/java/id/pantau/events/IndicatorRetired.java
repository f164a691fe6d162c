package id.pantau.events;

import java.time.Instant;

/** An indicator is no longer measured; its measurements and history stay. {@code retiredBy} is an opaque subject id. */
public record IndicatorRetired(
        String innovationId,
        String regionCode,
        String opdCode,
        String indicatorId,
        String reason,
        String retiredBy,
        Instant retiredAt) implements PantauEvent {
}
