package id.pantau.defaults.events;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The ids of the events each consumer has handled, so that a redelivered event changes nothing. The id of a
 * record is {@code consumer/eventId}: the primary key is the unique index.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean contains(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
    }

    public void add(String consumer, String eventId) {
        try {
            mongo.insert(new Processed(key(consumer, eventId), Instant.now()), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // a concurrent redelivery recorded it first: same outcome
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }

    @Document
    record Processed(@Id String id, Instant processedAt) {
    }
}
