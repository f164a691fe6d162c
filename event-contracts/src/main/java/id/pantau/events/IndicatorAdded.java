package id.pantau.events;

import java.time.Instant;

/** An indicator added to an innovation after its registration; {@code addedBy} is an opaque subject id. */
public record IndicatorAdded(
        String innovationId,
        String regionCode,
        String opdCode,
        IndicatorDefinition indicator,
        String addedBy,
        Instant addedAt) implements PantauEvent {
}
