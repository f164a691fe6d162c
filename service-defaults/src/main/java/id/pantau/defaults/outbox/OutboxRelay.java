package id.pantau.defaults.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import id.pantau.defaults.audit.AuditTrail;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.function.cloudevent.CloudEventMessageBuilder;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events that aggregates left in their {@code outbox} arrays, oldest first, and removes each
 * one only after the broker acknowledged it. It runs right after a write ({@link #relaySoon()}) and on a
 * schedule, so events left by a crash or a broker outage go out once the service and broker are back.
 * One relay round at a time keeps the order of the events of one innovation. Delivery is at least once:
 * consumers are idempotent. Audit entries (no topic) ride the same outbox to the audit trail, which
 * recognises an entry appended before.
 */
public class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String OUTBOX_FIELD = "outbox";

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final AuditTrail auditTrail;
    private final OutboxProperties properties;
    private final URI source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean roundRequested = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, AuditTrail auditTrail, OutboxProperties properties,
                       String serviceName, MeterRegistry meters) {
        this.mongo = mongo;
        this.bridge = bridge;
        this.auditTrail = auditTrail;
        this.properties = properties;
        this.source = URI.create("/pantau/" + serviceName);
        this.published = Counter.builder("pantau.outbox.published").description("Events relayed to Kafka").register(meters);
        this.failures = Counter.builder("pantau.outbox.failures").description("Failed relay attempts").register(meters);
        Gauge.builder("pantau.outbox.pending", pending, AtomicLong::get)
                .description("Events waiting in outboxes at the last relay round").register(meters);
    }

    /** Asks for a relay round soon, off the caller's thread; requests made while one is queued are merged. */
    public void relaySoon() {
        if (roundRequested.compareAndSet(false, true)) {
            worker.execute(() -> {
                roundRequested.set(false);
                relayPending();
            });
        }
    }

    @Scheduled(fixedDelayString = "${pantau.outbox.poll-interval:2s}", initialDelayString = "${pantau.outbox.poll-interval:2s}")
    public void relayOnSchedule() {
        relaySoon();
    }

    /** Publishes every pending event in sequence order; stops at the first failure so order is kept. */
    public synchronized int relayPending() {
        int relayed = 0;
        try {
            List<Pending> batch = pendingEvents();
            pending.set(batch.size());
            for (Pending event : batch) {
                if (event.topic() == null) {
                    auditTrail.append(event.id(), event.payload());
                } else {
                    publish(event);
                }
                mongo.updateFirst(Query.query(Criteria.where("_id").is(event.documentId())),
                        new Update().pull(OUTBOX_FIELD, new Document("id", event.id())), event.collection());
                published.increment();
                pending.decrementAndGet();
                relayed++;
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Outbox relay stopped after {} events, will retry: {}", relayed, e.toString());
        }
        return relayed;
    }

    private List<Pending> pendingEvents() {
        List<Pending> events = new ArrayList<>();
        for (String collection : properties.collections()) {
            Query query = Query.query(Criteria.where(OUTBOX_FIELD + ".0").exists(true))
                    .limit(properties.batchSize());
            query.fields().include(OUTBOX_FIELD);
            for (Document document : mongo.find(query, Document.class, collection)) {
                for (Document event : document.getList(OUTBOX_FIELD, Document.class)) {
                    events.add(Pending.from(collection, document.get("_id"), event));
                }
            }
        }
        events.sort(Comparator.comparingLong(Pending::sequence));
        return events;
    }

    private void publish(Pending event) {
        Message<byte[]> message = CloudEventMessageBuilder.withData(event.payload().getBytes(StandardCharsets.UTF_8))
                .setId(event.id())
                .setSource(source)
                .setType(event.type())
                .setSubject(event.key())
                .setTime(event.time().toInstant().atOffset(ZoneOffset.UTC))
                .setHeader(KafkaHeaders.KEY, event.key().getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", "application/json")
                .build(CloudEventMessageUtils.KAFKA_ATTR_PREFIX);
        if (!bridge.send(event.topic(), message)) {
            throw new IllegalStateException("broker did not accept event " + event.id());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private record Pending(String collection, Object documentId, String id, String type, String topic, String key,
                           Date time, long sequence, String payload) {

        static Pending from(String collection, Object documentId, Document event) {
            return new Pending(collection, documentId, event.getString("id"), event.getString("type"),
                    event.getString("topic"), event.getString("key"), event.getDate("time"),
                    ((Number) event.get("sequence")).longValue(), event.getString("payload"));
        }
    }
}
