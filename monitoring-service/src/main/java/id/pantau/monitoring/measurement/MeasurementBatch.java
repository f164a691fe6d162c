package id.pantau.monitoring.measurement;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of one batch submission, written before its measurements: the ids they were given
 * ({@code measurementIds}, also those that another request's measurement of the same period then kept out), when it
 * arrived, who submitted it ({@code submission}, from which the audit entry of each OPD it touches is made),
 * whether their {@code IndicatorMeasured} events and the batch's audit entries were put in {@code outbox}
 * ({@code announced}), and whether their indicators were judged ({@code judged}). A batch that a crash left not
 * announced or not judged is finished from this record ({@link UnfinishedBatches}).
 */
@Document(MeasurementBatch.COLLECTION)
record MeasurementBatch(
        @Id String id,
        List<String> measurementIds,
        Instant receivedAt,
        AuditEntry submission,
        boolean announced,
        @Indexed boolean judged,
        List<OutboxEvent> outbox) {

    static final String COLLECTION = "measurement_batches";

    MeasurementBatch {
        measurementIds = measurementIds == null ? List.of() : List.copyOf(measurementIds);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
