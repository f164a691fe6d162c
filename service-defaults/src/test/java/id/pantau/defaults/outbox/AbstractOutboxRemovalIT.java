package id.pantau.defaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Taking delivered events out of a real store: a long outbox delivered whole is emptied, but not when an event was
 * appended after it was read, and an outbox delivered in part keeps the rest. Run by {@link OutboxRemovalIT} on the
 * MongoDB wire server and by {@link OutboxRemovalContainersIT} on MongoDB where Docker runs.
 */
abstract class AbstractOutboxRemovalIT {

    private static final String COLLECTION = "outboxes";

    private MongoClient client;
    private MongoTemplate mongo;
    private OutboxRemoval removal;

    abstract String mongoUri();

    @BeforeEach
    void connect() {
        client = MongoClients.create(mongoUri());
        mongo = new MongoTemplate(client, "outbox-removal");
        removal = new OutboxRemoval(mongo);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aLongOutboxDeliveredWholeIsEmptied() {
        List<Document> outbox = events(OutboxRemoval.LONG_OUTBOX + 8);
        String id = stored(outbox);

        int emptied = removal.remove(COLLECTION, Map.of(id, ids(outbox)),
                Map.of(id, OutboxRemoval.ReadOutbox.of(outbox)));

        assertThat(emptied).as("emptied in one write, not pulled from").isEqualTo(1);
        assertThat(outboxOf(id)).isEmpty();
    }

    @Test
    void anEventAppendedAfterTheReadStaysWhenTheReadOnesAreTakenOut() {
        List<Document> outbox = events(OutboxRemoval.LONG_OUTBOX);
        String id = stored(outbox);
        OutboxRemoval.ReadOutbox read = OutboxRemoval.ReadOutbox.of(outbox);
        Document appended = events(1).get(0);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("outbox", appended), COLLECTION);

        int emptied = removal.remove(COLLECTION, Map.of(id, ids(outbox)), Map.of(id, read));

        assertThat(emptied).isZero();
        assertThat(outboxOf(id)).extracting(event -> event.getString("id")).containsExactly(appended.getString("id"));
    }

    @Test
    void anOutboxDeliveredInPartKeepsTheEventsNotDelivered() {
        List<Document> outbox = events(OutboxRemoval.LONG_OUTBOX + 2);
        String id = stored(outbox);
        List<String> delivered = ids(outbox).subList(0, OutboxRemoval.LONG_OUTBOX);

        removal.remove(COLLECTION, Map.of(id, delivered), Map.of(id, OutboxRemoval.ReadOutbox.of(outbox)));

        assertThat(outboxOf(id)).extracting(event -> event.getString("id"))
                .containsExactlyElementsOf(ids(outbox).subList(OutboxRemoval.LONG_OUTBOX, outbox.size()));
    }

    @Test
    void aShortOutboxLosesJustTheDeliveredEvents() {
        List<Document> outbox = events(3);
        String id = stored(outbox);

        removal.remove(COLLECTION, Map.of(id, ids(outbox).subList(0, 2)), Map.of(id, OutboxRemoval.ReadOutbox.of(outbox)));

        assertThat(outboxOf(id)).extracting(event -> event.getString("id")).containsExactly(ids(outbox).get(2));
    }

    private String stored(List<Document> outbox) {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", id).append("outbox", outbox), COLLECTION);
        return id;
    }

    private List<Document> outboxOf(String id) {
        return mongo.findById(id, Document.class, COLLECTION).getList("outbox", Document.class);
    }

    private static List<Document> events(int count) {
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new Document("id", UUID.randomUUID().toString()).append("type", "Sample")
                    .append("topic", "samples").append("key", "key-" + i).append("sequence", (long) i)
                    .append("payload", "{}"));
        }
        return events;
    }

    private static List<String> ids(List<Document> events) {
        return events.stream().map(event -> event.getString("id")).toList();
    }
}
