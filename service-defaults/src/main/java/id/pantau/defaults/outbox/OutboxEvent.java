package id.pantau.defaults.outbox;

import id.pantau.events.EventCatalog;
import id.pantau.events.PantauEvent;
import id.pantau.events.PantauJson;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Field;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An event waiting to be published, stored inside the document of the aggregate whose change it announces,
 * in the same write: a crash between the change and the publish loses nothing, without needing MongoDB
 * transactions. {@code sequence} orders pending events across documents (microseconds since the epoch,
 * strictly increasing within a process). The relay reads these fields by name from the raw document. An
 * entry without a topic is an audit entry, bound for the audit trail rather than Kafka.
 */
public record OutboxEvent(
        @Field("id") String id,
        String type,
        String topic,
        String key,
        Instant time,
        long sequence,
        String payload) {

    private static final AtomicLong LAST_SEQUENCE = new AtomicLong();

    public static OutboxEvent of(PantauEvent event) {
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        return pending(entry.type(), entry.topic().topicName(), event.key(),
                PantauJson.mapper().writeValueAsString(event));
    }

    /** An entry the relay hands to the audit trail instead of Kafka: it has a type but no topic. */
    public static OutboxEvent audit(String type, String key, String payload) {
        return pending(type, null, key, payload);
    }

    public boolean isAudit() {
        return topic == null;
    }

    private static OutboxEvent pending(String type, String topic, String key, String payload) {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        return new OutboxEvent(UUID.randomUUID().toString(), type, topic, key, now,
                LAST_SEQUENCE.updateAndGet(last -> Math.max(last + 1, micros)), payload);
    }
}
