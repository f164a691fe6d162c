package id.pantau.monitoring.compliance;

import id.pantau.defaults.outbox.OutboxEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One period's report of one indicator, from the day it is due soon or its period ended: when it is due (the date,
 * and {@code dueBy}, the end of that day in the region's zone), its state and when its measurement arrived. The
 * {@code ReportDueSoon} / {@code ReportOverdue} its state changes announce wait in {@code outbox};
 * {@code settingsVersion} names the settings whose grace days set its due date. It keeps its
 * indicator's region and OPD, by which reads are scoped.
 */
@Document("report_periods")
public record ReportPeriod(
        @Id String id,
        @Indexed String indicatorId,
        String innovationId,
        String regionCode,
        String opdCode,
        String indicatorName,
        String period,
        LocalDate periodEnd,
        LocalDate dueSoonFrom,
        LocalDate dueDate,
        Instant dueBy,
        ReportState state,
        Instant submittedAt,
        Instant updatedAt,
        String settingsVersion,
        List<OutboxEvent> outbox) {

    static String key(String indicatorId, String period) {
        return indicatorId + "|" + period;
    }

    /** Whether its measurement arrived by the end of its due date. */
    boolean submittedOnTime() {
        return submittedAt != null && submittedAt.isBefore(dueBy);
    }
}
