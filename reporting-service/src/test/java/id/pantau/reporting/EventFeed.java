package id.pantau.reporting;

import id.pantau.events.EventCatalog;
import id.pantau.events.PantauEvent;
import id.pantau.testing.EventSender;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Feeds the service under test the events of the other services, as their outbox relays publish them, and waits
 * until its consumers recorded them as handled: the projections are then up to date for the next read.
 */
public final class EventFeed implements AutoCloseable {

    /** An event as produced: its topic and CloudEvents id. */
    public record Sent(String topic, String ceId, PantauEvent event) {
    }

    private final EventSender sender;
    private final MongoTemplate mongo;

    public EventFeed(String kafka, MongoTemplate mongo) {
        this.sender = EventSender.to(kafka);
        this.mongo = mongo;
    }

    public List<Sent> publish(PantauEvent... events) {
        return publish(List.of(events));
    }

    public List<Sent> publish(List<PantauEvent> events) {
        return events.stream().map(event -> send(event, UUID.randomUUID().toString())).toList();
    }

    /** Produces an event under a given CloudEvents id (the same id again is a redelivery); acknowledged on return. */
    public Sent send(PantauEvent event, String ceId) {
        return new Sent(EventCatalog.of(event.getClass()).topic().topicName(), sender.send(event, ceId), event);
    }

    /** Waits until the service's consumers recorded every one of these events as handled. */
    public void awaitHandled(List<Sent> sent) {
        List<String> keys = sent.stream().map(s -> "reporting." + s.topic() + "/" + s.ceId()).distinct().toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                mongo.count(Query.query(Criteria.where("_id").in(keys)), "processed_events") == keys.size());
    }

    @Override
    public void close() {
        sender.close();
    }
}
