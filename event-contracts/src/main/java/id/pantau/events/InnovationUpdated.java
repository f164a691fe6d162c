package id.pantau.events;

import java.time.Instant;
import java.time.LocalDate;

/** Descriptive fields changed; carries their new values. */
public record InnovationUpdated(
        String innovationId,
        String regionCode,
        String opdCode,
        String title,
        String problem,
        String plannedInnovation,
        InnovationForm form,
        LocalDate targetDate,
        Instant updatedAt) implements PantauEvent {
}
