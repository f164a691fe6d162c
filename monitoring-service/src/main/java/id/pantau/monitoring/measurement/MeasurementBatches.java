package id.pantau.monitoring.measurement;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The records of batch submissions ({@link MeasurementBatch}): opened before the batch's measurements are stored,
 * announced once they are, marked judged once their indicators are.
 *
 * <p>A batch is audited once per region and OPD it touches (entity {@code measurement-batch}, id the batch id, with
 * the views of that OPD's stored measurements), in the record's outbox with the events.
 */
@Component
class MeasurementBatches {

    static final String AUDIT_ENTITY = "measurement-batch";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    MeasurementBatches(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Opens the batch's record, with who submits it; returns it. */
    MeasurementBatch open(String batchId, List<String> measurementIds, Instant at) {
        MeasurementBatch batch = new MeasurementBatch(batchId, measurementIds, at,
                AuditEntry.of(AUDIT_ENTITY, batchId, "submit", null, null, null, null), false, false, List.of());
        mongo.insert(batch);
        return batch;
    }

    /**
     * Puts the stored measurements' events ({@code IndicatorMeasured}, made before their indicators are judged so
     * that they go out before what the judging announces) and the batch's audit entries in its record, and asks the
     * relay to publish them.
     */
    void announce(MeasurementBatch batch, List<Measurement> stored, List<OutboxEvent> events) {
        List<OutboxEvent> outbox = new ArrayList<>(events);
        outbox.addAll(audits(batch.submission(), stored));
        // through the driver, as the converter writes the record's own outbox (so each event keeps its "id"; an event
        // written alone would have it as an entity's _id): the update mapper would map every event key by key again
        Document update = new Document("$set", new Document("announced", true));
        if (!outbox.isEmpty()) {
            Document written = new Document();
            mongo.getConverter().write(new MeasurementBatch(batch.id(), List.of(), batch.receivedAt(), null, true,
                    false, outbox), written);
            update.append("$push", new Document("outbox", new Document("$each", written.get("outbox"))));
        }
        // the id as the mapping stores it: a batch id reads as an ObjectId and is kept as one
        Document byId = new Document("_id", mongo.getConverter().convertId(batch.id(), ObjectId.class));
        mongo.execute(MeasurementBatch.COLLECTION, batches -> batches.updateOne(byId, update));
        relay.relaySoon(MeasurementBatch.COLLECTION, List.of(batch.id()));
    }

    void judged(String batchId) {
        mongo.updateFirst(byId(batchId), Update.update("judged", true), MeasurementBatch.class);
    }

    /** Batches not judged yet that arrived before {@code receivedBefore}, oldest first. */
    List<MeasurementBatch> unfinished(Instant receivedBefore, int limit) {
        Query query = Query.query(Criteria.where("judged").is(false).and("receivedAt").lt(receivedBefore))
                .with(Sort.by("receivedAt")).limit(limit);
        query.fields().exclude("outbox");
        return mongo.find(query, MeasurementBatch.class);
    }

    /** One audit entry per region and OPD, with the views of its stored measurements. */
    private static List<OutboxEvent> audits(AuditEntry submission, List<Measurement> stored) {
        Map<String, List<MeasurementView>> byOpd = new LinkedHashMap<>();
        Map<String, Measurement> first = new LinkedHashMap<>();
        for (Measurement measurement : stored) {
            String opd = measurement.regionCode() + "|" + measurement.opdCode();
            byOpd.computeIfAbsent(opd, key -> new ArrayList<>()).add(MeasurementView.of(measurement));
            first.putIfAbsent(opd, measurement);
        }
        List<OutboxEvent> audits = new ArrayList<>();
        byOpd.forEach((opd, views) -> audits.add(submission.about(first.get(opd).regionCode(),
                first.get(opd).opdCode(), views).toOutbox()));
        return audits;
    }

    private static Query byId(String batchId) {
        return Query.query(Criteria.where("_id").is(batchId));
    }
}
