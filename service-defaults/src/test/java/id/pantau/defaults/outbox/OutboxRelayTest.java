package id.pantau.defaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.when;

import id.pantau.defaults.audit.AuditTrail;
import id.pantau.events.InnovationUpdated;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.bson.Document;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's guarantees with many keys published at once: each key's events in sequence order, the next one sent
 * only after the one before was acknowledged, an event leaves its outbox only once acknowledged, a failed event holds
 * back the later events of its key only, audit entries reach the trail in order, and a full round is followed by the
 * next.
 */
class OutboxRelayTest {

    private static final String COLLECTION = "samples";

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final CloudEventPublisher publisher = mock(CloudEventPublisher.class);
    private final AuditTrail auditTrail = mock(AuditTrail.class);
    private final BulkOperations bulk = mock(BulkOperations.class);
    private final List<PendingEvent> sent = Collections.synchronizedList(new ArrayList<>());
    /** Sent events not acknowledged yet: the test acknowledges them when the relay waits for them. */
    private final Map<String, PendingEvent> unacknowledged = new ConcurrentHashMap<>();
    private final List<String> removed = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Boolean> refusedKeys = new ConcurrentHashMap<>();
    private OutboxRelay relay;

    private OutboxRelay relay(int batchSize) {
        when(publisher.publish(any(PendingEvent.class))).thenAnswer(call -> {
            PendingEvent event = call.getArgument(0);
            if (unacknowledged.putIfAbsent(event.key(), event) != null) {
                throw new AssertionError(event.id() + " sent before the key's previous event was acknowledged");
            }
            CompletableFuture<Object> acknowledgement = new CompletableFuture<>() {
                @Override
                public Object get() throws java.util.concurrent.ExecutionException {
                    unacknowledged.remove(event.key());
                    if (refusedKeys.containsKey(event.key())) {
                        throw new java.util.concurrent.ExecutionException(new IllegalStateException("refused"));
                    }
                    sent.add(event);
                    return event;
                }
            };
            return acknowledgement;
        });
        when(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION)).thenReturn(bulk);
        doAnswer(call -> {
            Update update = call.getArgument(1);
            Document pull = (Document) update.getUpdateObject().get("$pull", Document.class).get("outbox");
            removed.addAll(pull.get("id", Document.class).getList("$in", String.class));
            return bulk;
        }).when(bulk).updateOne(any(Query.class), any(Update.class));
        relay = new OutboxRelay(mongo, publisher, auditTrail,
                new OutboxProperties(List.of(COLLECTION), Duration.ofSeconds(2), batchSize), new SimpleMeterRegistry());
        return relay;
    }

    @AfterEach
    void stop() {
        relay.destroy();
    }

    @Test
    void eachKeysEventsArePublishedInSequenceOrderAndThenLeaveTheirOutboxes() {
        List<Document> documents = new ArrayList<>();
        List<OutboxEvent> all = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int key = 0; key < 20; key++) {
                OutboxEvent event = event("innovation-" + key, "update " + round);
                all.add(event);
                documents.add(document("doc-" + key + "-" + round, event));
            }
        }
        Collections.shuffle(documents);
        pending(documents, List.of());

        int relayed = relay(500).relayPending();

        assertThat(relayed).isEqualTo(100);
        assertThat(sent).hasSize(100);
        Map<String, List<String>> sentByKey = sent.stream().collect(Collectors.groupingBy(PendingEvent::key,
                Collectors.mapping(PendingEvent::id, Collectors.toList())));
        Map<String, List<String>> expectedByKey = all.stream().collect(Collectors.groupingBy(OutboxEvent::key,
                Collectors.mapping(OutboxEvent::id, Collectors.toList())));
        assertThat(sentByKey).isEqualTo(expectedByKey);
        assertThat(removed).containsExactlyInAnyOrderElementsOf(all.stream().map(OutboxEvent::id).toList());
    }

    @Test
    void aRefusedEventHoldsBackTheLaterEventsOfItsKeyButNotThoseOfOtherKeys() {
        OutboxEvent refusedFirst = event("innovation-refused", "first");
        OutboxEvent refusedSecond = event("innovation-refused", "second");
        OutboxEvent other = event("innovation-other", "other");
        OutboxEvent otherLater = event("innovation-other", "other later");
        pending(List.of(document("a", refusedFirst, refusedSecond), document("b", other, otherLater)), List.of());
        refusedKeys.put("innovation-refused", true);

        int relayed = relay(500).relayPending();

        assertThat(relayed).isEqualTo(2);
        assertThat(sent).extracting(PendingEvent::id).containsExactly(other.id(), otherLater.id());
        assertThat(removed).containsExactly(other.id(), otherLater.id());
        verify(publisher, never()).publish(argThat(event -> event.id().equals(refusedSecond.id())));
    }

    @Test
    void auditEntriesReachTheTrailInSequenceOrder() {
        OutboxEvent first = OutboxEvent.audit("audit", "measurement-1", "{\"n\":1}");
        OutboxEvent second = OutboxEvent.audit("audit", "measurement-2", "{\"n\":2}");
        OutboxEvent third = OutboxEvent.audit("audit", "measurement-1", "{\"n\":3}");
        List<String> appended = Collections.synchronizedList(new ArrayList<>());
        when(auditTrail.append(anyString(), anyString())).thenAnswer(call -> {
            appended.add(call.getArgument(0));
            return null;
        });
        pending(List.of(document("b", second), document("a", first, third)), List.of());

        relay(500).relayPending();

        assertThat(appended).containsExactly(first.id(), second.id(), third.id());
        assertThat(sent).isEmpty();
        assertThat(removed).containsExactlyInAnyOrder(first.id(), second.id(), third.id());
    }

    @Test
    void aRoundThatReadAFullBatchIsFollowedByTheNext() {
        OutboxEvent first = event("innovation-1", "first");
        OutboxEvent second = event("innovation-2", "second");
        OutboxEvent third = event("innovation-3", "third");
        pending(List.of(document("a", first), document("b", second)), List.of(document("c", third)));

        int relayed = relay(2).relayPending();

        assertThat(relayed).isEqualTo(3);
        assertThat(removed).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void aRoundForDocumentsAWriterNamedReadsThemByIdWithoutSearching() {
        OutboxEvent first = event("innovation-1", "first");
        OutboxEvent second = event("innovation-2", "second");
        List<Query> queries = Collections.synchronizedList(new ArrayList<>());
        when(mongo.find(any(Query.class), eq(Document.class), eq(COLLECTION))).thenAnswer(call -> {
            Query query = call.getArgument(0);
            queries.add(query);
            return query.getQueryObject().containsKey("_id")
                    ? List.of(document("a", first), document("b", second)) : List.of();
        });
        OutboxRelay relay = relay(500);
        relay.relayPending(); // the search every relay starts with

        relay.relaySoon(COLLECTION, List.of("a", "b"));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(removed).containsExactly(first.id(), second.id()));
        assertThat(queries).hasSize(2);
        assertThat(queries.get(1).getQueryObject().get("_id", Document.class).getList("$in", Object.class))
                .containsExactly("a", "b");
    }

    /** What the relay finds in its first and second round (nothing after). */
    private void pending(List<Document> first, List<Document> second) {
        when(mongo.find(any(Query.class), eq(Document.class), eq(COLLECTION))).thenReturn(first, second, List.of());
    }

    private static OutboxEvent event(String innovationId, String title) {
        return OutboxEvent.of(new InnovationUpdated(innovationId, "32.73", "1.02", title, null, null, null, null,
                Instant.now()));
    }

    private static Document document(String id, OutboxEvent... events) {
        List<Document> outbox = new ArrayList<>();
        for (OutboxEvent event : events) {
            outbox.add(new Document("id", event.id()).append("type", event.type()).append("topic", event.topic())
                    .append("key", event.key()).append("time", java.util.Date.from(event.time()))
                    .append("sequence", event.sequence()).append("payload", event.payload()));
        }
        return new Document("_id", id).append(OutboxRelay.OUTBOX_FIELD, outbox);
    }
}
