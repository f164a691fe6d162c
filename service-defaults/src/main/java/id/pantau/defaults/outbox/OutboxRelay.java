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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.function.cloudevent.CloudEventMessageBuilder;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.BulkOperations;
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
 * One relay round at a time; within it the events are shared among {@code publishers} lanes by key, each lane
 * publishing its events one after the other in sequence order and stopping at its first failure, so that the
 * events of one innovation keep their order while many innovations are published at once. The acknowledged
 * events leave their outboxes together at the end of the round; a round that read a full batch is followed by
 * the next at once. Delivery is at least once: consumers are idempotent. Audit entries (no topic) ride the same
 * outbox to the audit trail, which recognises an entry appended before; they keep one lane of their own, in
 * sequence order.
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
    private final ExecutorService lanes;
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
        AtomicLong laneThreads = new AtomicLong();
        this.lanes = Executors.newFixedThreadPool(properties.publishers() + 1, runnable -> {
            Thread thread = new Thread(runnable, "outbox-lane-" + laneThreads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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

    /**
     * Publishes every pending event, each key's in sequence order; a lane stops at its first failure so order is
     * kept, and what it did not publish stays for the next round.
     */
    public synchronized int relayPending() {
        int relayed = 0;
        try {
            Round round;
            int delivered;
            do {
                round = pendingEvents();
                pending.set(round.events().size());
                delivered = relay(round.events());
                relayed += delivered;
            } while (round.full() && delivered == round.events().size());
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Outbox relay stopped after {} events, will retry: {}", relayed, e.toString());
        }
        return relayed;
    }

    /** One round: the lanes at once, then the acknowledged events out of their outboxes in one bulk write each. */
    private int relay(List<Pending> events) {
        Map<Integer, List<Pending>> byLane = new TreeMap<>();
        for (Pending event : events) {
            byLane.computeIfAbsent(laneOf(event), lane -> new ArrayList<>()).add(event);
        }
        List<Future<List<Pending>>> running = new ArrayList<>();
        byLane.values().forEach(lane -> running.add(lanes.submit(() -> relayLane(lane))));
        List<Pending> delivered = new ArrayList<>();
        for (Future<List<Pending>> lane : running) {
            delivered.addAll(await(lane));
        }
        removeFromOutboxes(delivered);
        published.increment(delivered.size());
        pending.addAndGet(-delivered.size());
        return delivered.size();
    }

    private int laneOf(Pending event) {
        return event.topic() == null ? -1 : Math.floorMod(Objects.hashCode(event.key()), properties.publishers());
    }

    /** The lane's events in order, up to the first that fails; returns those the broker or the trail took. */
    private List<Pending> relayLane(List<Pending> lane) {
        List<Pending> delivered = new ArrayList<>(lane.size());
        try {
            for (Pending event : lane) {
                if (event.topic() == null) {
                    auditTrail.append(event.id(), event.payload());
                } else {
                    publish(event);
                }
                delivered.add(event);
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Outbox lane stopped after {} of {} events, will retry: {}", delivered.size(), lane.size(),
                    e.toString());
        }
        return delivered;
    }

    private static List<Pending> await(Future<List<Pending>> lane) {
        try {
            return lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while relaying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("outbox lane failed", e.getCause());
        }
    }

    private void removeFromOutboxes(List<Pending> delivered) {
        Map<String, Map<Object, List<String>>> byDocument = new LinkedHashMap<>();
        for (Pending event : delivered) {
            byDocument.computeIfAbsent(event.collection(), collection -> new LinkedHashMap<>())
                    .computeIfAbsent(event.documentId(), document -> new ArrayList<>()).add(event.id());
        }
        byDocument.forEach((collection, documents) -> {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            documents.forEach((documentId, ids) -> bulk.updateOne(Query.query(Criteria.where("_id").is(documentId)),
                    new Update().pull(OUTBOX_FIELD, new Document("id", new Document("$in", ids)))));
            bulk.execute();
        });
    }

    /** The events of up to a batch of documents per collection, in sequence order. */
    private Round pendingEvents() {
        List<Pending> events = new ArrayList<>();
        boolean full = false;
        for (String collection : properties.collections()) {
            Query query = Query.query(Criteria.where(OUTBOX_FIELD + ".0").exists(true))
                    .limit(properties.batchSize());
            query.fields().include(OUTBOX_FIELD);
            List<Document> documents = mongo.find(query, Document.class, collection);
            full |= documents.size() == properties.batchSize();
            for (Document document : documents) {
                for (Document event : document.getList(OUTBOX_FIELD, Document.class)) {
                    events.add(Pending.from(collection, document.get("_id"), event));
                }
            }
        }
        events.sort(Comparator.comparingLong(Pending::sequence));
        return new Round(events, full);
    }

    /** @param full some collection had more documents with events than one round reads */
    private record Round(List<Pending> events, boolean full) {
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
        lanes.shutdownNow();
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
