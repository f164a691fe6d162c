package id.pantau.defaults.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import id.pantau.defaults.audit.AuditTrail;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events that aggregates left in their {@code outbox} arrays, oldest first, and removes each
 * one only after the broker acknowledged it. It runs right after a write ({@link #relaySoon()}) and on a
 * schedule, so events left by a crash or a broker outage go out once the service and broker are back.
 * A writer that knows which documents it gave events names them ({@link #relaySoon(String, Collection)}): the next
 * round reads just those, by id; any other request, and the schedule, make the round search every collection for
 * documents with events (a scan on a store without an index on {@code outbox}).
 * One relay round at a time. A round publishes in waves: each wave hands the producer the next event of every key
 * at once and waits for their acknowledgements, so that the events of one innovation keep their order (the next
 * one leaves only once the one before is acknowledged) while many innovations are published together; a key whose
 * event failed sends nothing more in that round. The acknowledged events leave their outboxes together at the end
 * of the round ({@link OutboxRemoval}); a round that read a full batch is followed by the next at once. Delivery is
 * at least once: consumers are idempotent. Audit entries (no topic) ride the same outbox to the audit trail, which
 * recognises an entry appended before; they are appended in sequence order.
 */
public class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String OUTBOX_FIELD = "outbox";
    private static final int ID_CHUNK = 100;

    private final MongoTemplate mongo;
    private final CloudEventPublisher publisher;
    private final AuditTrail auditTrail;
    private final OutboxProperties properties;
    private final OutboxRemoval removal;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean roundRequested = new AtomicBoolean();
    private final AtomicBoolean searchRequested = new AtomicBoolean(true);
    /** Documents named by writers since the last round, by collection. */
    private final Map<String, Set<Object>> named = new ConcurrentHashMap<>();
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(MongoTemplate mongo, CloudEventPublisher publisher, AuditTrail auditTrail,
                       OutboxProperties properties, MeterRegistry meters) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.auditTrail = auditTrail;
        this.properties = properties;
        this.removal = new OutboxRemoval(mongo);
        this.published = Counter.builder("pantau.outbox.published").description("Events relayed to Kafka").register(meters);
        this.failures = Counter.builder("pantau.outbox.failures").description("Failed relay attempts").register(meters);
        Gauge.builder("pantau.outbox.pending", pending, AtomicLong::get)
                .description("Events waiting in outboxes at the last relay round").register(meters);
    }

    /**
     * Asks for a relay round soon that searches every collection for events, off the caller's thread; requests made
     * while one is queued are merged.
     */
    public void relaySoon() {
        searchRequested.set(true);
        requestRound();
    }

    /** Asks for a relay round soon that publishes the events of these documents, which the caller just wrote. */
    public void relaySoon(String collection, Collection<?> documentIds) {
        // atomic with the round's removal of the collection's set, so no id lands in a set already taken
        named.compute(collection, (name, ids) -> {
            Set<Object> more = ids == null ? new HashSet<>() : ids;
            more.addAll(documentIds);
            return more;
        });
        requestRound();
    }

    private void requestRound() {
        if (roundRequested.compareAndSet(false, true)) {
            worker.execute(() -> {
                roundRequested.set(false);
                relayRound();
            });
        }
    }

    @Scheduled(fixedDelayString = "${pantau.outbox.poll-interval:2s}", initialDelayString = "${pantau.outbox.poll-interval:2s}")
    public void relayOnSchedule() {
        relaySoon();
    }

    /** Publishes every pending event, in the caller's thread; returns how many went out. */
    synchronized int relayPending() {
        searchRequested.set(true);
        return relayRound();
    }

    /**
     * Publishes the pending events of the named documents, and of all documents when a search was asked for, each
     * key's in sequence order; a key stops at its first failure so order is kept, and what it did not publish stays
     * for the next round.
     */
    private synchronized int relayRound() {
        int relayed = 0;
        try {
            Round round;
            int delivered;
            do {
                round = pendingEvents();
                pending.set(round.events().size());
                delivered = relay(round);
                relayed += delivered;
            } while (round.full() && delivered == round.events().size());
        } catch (RuntimeException e) {
            failures.increment();
            // the named documents may be forgotten: the next round searches them out
            searchRequested.set(true);
            log.warn("Outbox relay stopped after {} events, will retry: {}", relayed, e.toString());
        }
        return relayed;
    }

    /** One round: the audit entries, the events in waves, then the delivered ones out of their outboxes. */
    private int relay(Round round) {
        List<PendingEvent> events = round.events();
        List<PendingEvent> delivered = new ArrayList<>(events.size());
        Map<String, Deque<PendingEvent>> byKey = new LinkedHashMap<>();
        List<PendingEvent> audits = new ArrayList<>();
        for (PendingEvent event : events) {
            if (event.isAudit()) {
                audits.add(event);
            } else {
                byKey.computeIfAbsent(event.key(), key -> new ArrayDeque<>()).add(event);
            }
        }
        appendToTrail(audits, delivered);
        List<Deque<PendingEvent>> keys = new ArrayList<>(byKey.values());
        while (!keys.isEmpty()) {
            keys = publishWave(keys, delivered);
        }
        removeFromOutboxes(delivered, round.read());
        published.increment(delivered.size());
        pending.addAndGet(-delivered.size());
        return delivered.size();
    }

    /** The audit entries in order, up to the first the trail did not take. */
    private void appendToTrail(List<PendingEvent> audits, List<PendingEvent> delivered) {
        try {
            for (PendingEvent entry : audits) {
                auditTrail.append(entry.id(), entry.payload());
                delivered.add(entry);
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Audit entries stopped at the trail, will retry: {}", e.toString());
        }
    }

    /**
     * Sends the first waiting event of every key, waits for all their acknowledgements and returns the keys with
     * more to send; a key whose event failed is left for the next round.
     */
    private List<Deque<PendingEvent>> publishWave(List<Deque<PendingEvent>> keys, List<PendingEvent> delivered) {
        List<CompletableFuture<?>> sent = new ArrayList<>(keys.size());
        for (Deque<PendingEvent> key : keys) {
            sent.add(publisher.publish(key.peek()));
        }
        List<Deque<PendingEvent>> next = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            Deque<PendingEvent> key = keys.get(i);
            PendingEvent event = key.poll();
            if (acknowledged(sent.get(i), event)) {
                delivered.add(event);
                if (!key.isEmpty()) {
                    next.add(key);
                }
            }
        }
        return next;
    }

    private boolean acknowledged(CompletableFuture<?> send, PendingEvent event) {
        try {
            send.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while relaying", e);
        } catch (ExecutionException e) {
            failures.increment();
            log.warn("Event {} ({}) not acknowledged, will retry its key's events: {}", event.id(), event.type(),
                    e.getCause().toString());
            return false;
        }
    }

    private void removeFromOutboxes(List<PendingEvent> delivered,
                                    Map<String, Map<Object, OutboxRemoval.ReadOutbox>> read) {
        Map<String, Map<Object, List<String>>> byDocument = new LinkedHashMap<>();
        for (PendingEvent event : delivered) {
            byDocument.computeIfAbsent(event.collection(), collection -> new LinkedHashMap<>())
                    .computeIfAbsent(event.documentId(), document -> new ArrayList<>()).add(event.id());
        }
        byDocument.forEach((collection, documents) -> removal.remove(collection, documents, read.get(collection)));
    }

    /**
     * The events of the documents writers named, and when a search was asked for, of up to a batch of documents per
     * collection; in sequence order.
     */
    private Round pendingEvents() {
        Map<String, Map<Object, Document>> documents = new LinkedHashMap<>();
        for (String collection : named.keySet()) {
            List<Object> ids = new ArrayList<>(named.remove(collection));
            // short $in lists: the MongoDB wire server checks each document it finds against the whole list again
            for (int from = 0; from < ids.size(); from += ID_CHUNK) {
                read(collection, Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + ID_CHUNK))),
                        0, documents);
            }
        }
        boolean full = false;
        if (searchRequested.getAndSet(false)) {
            for (String collection : properties.collections()) {
                full |= read(collection, Criteria.where(OUTBOX_FIELD + ".0").exists(true), properties.batchSize(),
                        documents) == properties.batchSize();
            }
            searchRequested.compareAndSet(false, full);
        }
        List<PendingEvent> events = new ArrayList<>();
        Map<String, Map<Object, OutboxRemoval.ReadOutbox>> read = new LinkedHashMap<>();
        documents.forEach((collection, ofCollection) -> ofCollection.forEach((id, document) -> {
            List<Document> outbox = document.getList(OUTBOX_FIELD, Document.class, List.of());
            read.computeIfAbsent(collection, name -> new HashMap<>()).put(id, OutboxRemoval.ReadOutbox.of(outbox));
            for (Document event : outbox) {
                events.add(PendingEvent.from(collection, id, event));
            }
        }));
        events.sort(Comparator.comparingLong(PendingEvent::sequence));
        return new Round(events, read, full);
    }

    /** Reads the outboxes of the matching documents (at most {@code limit}, 0 for all); returns how many matched. */
    private int read(String collection, Criteria criteria, int limit, Map<String, Map<Object, Document>> into) {
        Query query = Query.query(criteria).limit(limit);
        query.fields().include(OUTBOX_FIELD);
        List<Document> found = mongo.find(query, Document.class, collection);
        Map<Object, Document> ofCollection = into.computeIfAbsent(collection, name -> new LinkedHashMap<>());
        found.forEach(document -> ofCollection.put(document.get("_id"), document));
        return found.size();
    }

    /**
     * @param read how the outbox of each document read was, by collection and document id
     * @param full some collection had more documents with events than one round reads
     */
    private record Round(List<PendingEvent> events, Map<String, Map<Object, OutboxRemoval.ReadOutbox>> read,
                         boolean full) {
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
