package id.pantau.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record InnovationRegistered(
        String innovationId,
        String regionCode,
        String opdCode,
        String title,
        String problem,
        String plannedInnovation,
        InnovationForm form,
        InnovationStage stage,
        LocalDate startDate,
        LocalDate targetDate,
        List<IndicatorDefinition> indicators,
        Instant registeredAt) implements PantauEvent {
}
