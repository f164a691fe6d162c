package id.pantau.events;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder to the OPD: a period's measurement is due soon and has not arrived. Not an inspectorate alert. */
public record ReportDueSoon(
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String indicatorName,
        String period,
        LocalDate dueDate,
        Instant detectedAt) implements PantauEvent {
}
