package id.pantau.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A new innovation with its indicators, so consumers can judge and report it without asking. */
public record InnovationRegistered(
        String innovationId,
        String regionCode,
        String opdCode,
        String opdName,
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
