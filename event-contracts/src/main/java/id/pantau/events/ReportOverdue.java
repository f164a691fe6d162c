package id.pantau.events;

import java.time.Instant;
import java.time.LocalDate;

/** A period's measurement did not arrive by its due date (period end + the region's grace days). */
public record ReportOverdue(
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String indicatorName,
        String period,
        LocalDate dueDate,
        Instant detectedAt) implements PantauEvent {
}
