package id.pantau.sample;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationUpdated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import id.pantau.testing.EventSender;
import id.pantau.testing.TestCaller;
import id.pantau.testing.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared mechanisms working together in a small service, against a real Kafka broker and the MongoDB
 * wire-protocol server: problem+json errors, the outbox relay, idempotent requests and consumption, and the
 * dead-letter topic. Run by {@link ServiceDefaultsIT} on the local engines and by
 * {@link ServiceDefaultsContainersIT} on Testcontainers where Docker runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractServiceDefaultsIT {

    private static final String VALID = """
            {"title":"Layanan online","polarity":"LOWER_IS_BETTER","target":5,"deadline":"2026-06-30"}""";

    private static EventProbe innovationEvents;

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @BeforeEach
    void probe() {
        if (innovationEvents == null) {
            innovationEvents = EventProbe.on(kafka, "innovation-events");
        }
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        innovationEvents.close();
        innovationEvents = null;
    }

    ApiClient api() {
        return anonymous().as(TestCaller.provinceAdmin("32"));
    }

    ApiClient anonymous() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void malformedJsonIsABadRequestExplainedAsProblemJson() {
        ApiClient.Response response = api().post("/api/v1/samples", "{\"title\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("malformed-body");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:pantau:problem:malformed-body");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        ApiClient.Response response = api().post("/api/v1/samples",
                VALID.replace("LOWER_IS_BETTER", "SIDEWAYS"), "Accept-Language", "en");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("polarity");
        assertThat(response.json().at("/errors/0/message").asString())
                .contains("SIDEWAYS").contains("HIGHER_IS_BETTER, LOWER_IS_BETTER");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        ApiClient.Response response = api().post("/api/v1/samples", VALID.replace("\"deadline\":\"2026-06-30\"",
                "\"deadline\":\"30/06/2026\""), "Accept-Language", "en");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("deadline");
        assertThat(response.json().at("/errors/0/message").asString()).contains("30/06/2026");
    }

    @Test
    void validationErrorsAreListedPerFieldInIndonesianByDefaultAndEnglishOnRequest() {
        String invalid = "{\"title\":\"\",\"polarity\":\"LOWER_IS_BETTER\",\"target\":-1}";

        ApiClient.Response indonesian = api().post("/api/v1/samples", invalid);
        ApiClient.Response english = api().post("/api/v1/samples", invalid, "Accept-Language", "en-US");

        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(indonesian.json().get("title").asString()).isEqualTo("Data tidak valid");
        assertThat(fieldMessages(indonesian)).containsEntry("title", "wajib diisi")
                .containsEntry("target", "harus lebih besar dari 0");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(fieldMessages(english)).containsEntry("title", "is required");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = VALID.replace("Layanan online", "x".repeat(8 * 1024));

        ApiClient.Response response = api().post("/api/v1/samples", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("body-too-large");
    }

    @Test
    void anUnknownPathIsA404ProblemAndAWrongMethodA405() {
        assertThat(api().get("/api/v1/nothing-here").status()).isEqualTo(404);
        ApiClient.Response wrongMethod = api().get("/api/v1/samples");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aCreatedAggregatePublishesItsEventWithCloudEventsHeadersAndEmptiesItsOutbox() {
        ApiClient.Response created = api().post("/api/v1/samples", VALID.replace("Layanan online", "outbox"));
        String id = created.json().get("id").asString();

        EventProbe.Recorded record = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> innovationEvents.recorded().stream().filter(r -> id.equals(r.key())).findFirst().orElse(null),
                found -> found != null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/samples/" + id);
        assertThat(record.type()).isEqualTo("id.pantau.InnovationRegistered.v1");
        assertThat(record.subject()).isEqualTo(id);
        assertThat(record.headers()).containsKeys("ce_id", "ce_source", "ce_time", "ce_specversion", "traceparent")
                .containsEntry("ce_source", "/pantau/defaults-test").containsEntry("ce_specversion", "1.0");
        assertThat(((InnovationRegistered) record.event()).title()).isEqualTo("outbox");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.exists(Query.query(Criteria.where("_id").is(id).and("outbox.0").exists(true)), "samples")).isFalse());
    }

    @Test
    void everyEventWaitingInOneDocumentIsPublishedInOrderUnderItsOwnId() {
        String id = org.bson.types.ObjectId.get().toHexString();
        List<OutboxEvent> outbox = List.of(
                OutboxEvent.of(new InnovationUpdated(id, "32.73", "1.02", "first", null, null, null, null, Instant.now())),
                OutboxEvent.of(new InnovationUpdated(id, "32.73", "1.02", "second", null, null, null, null, Instant.now())));
        mongo.insert(new DefaultsTestApplication.Sample(id, "two events", "32.73", "1.02", outbox));
        relay.relaySoon();

        List<EventProbe.Recorded> published = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> innovationEvents.recorded().stream().filter(r -> id.equals(r.key())).toList(),
                records -> records.size() == 2);
        assertThat(published).extracting(EventProbe.Recorded::id)
                .containsExactly(outbox.get(0).id(), outbox.get(1).id());
        assertThat(published).extracting(record -> ((InnovationUpdated) record.event()).title())
                .containsExactly("first", "second");
    }

    @Test
    void aLongOutboxIsPublishedWholeAndThenEmptied() {
        String id = org.bson.types.ObjectId.get().toHexString();
        List<OutboxEvent> outbox = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            outbox.add(OutboxEvent.of(new InnovationUpdated(id + "-" + i, "32.73", "1.02", "event " + i, null, null, null,
                    null, Instant.now())));
        }
        mongo.insert(new DefaultsTestApplication.Sample(id, "a batch of events", "32.73", "1.02", outbox));
        relay.relaySoon("samples", List.of(id));

        List<EventProbe.Recorded> published = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> innovationEvents.recorded().stream().filter(r -> r.key() != null && r.key().startsWith(id + "-")).toList(),
                records -> records.size() >= outbox.size());
        assertThat(published).extracting(EventProbe.Recorded::id)
                .containsExactlyInAnyOrderElementsOf(outbox.stream().map(OutboxEvent::id).toList());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                mongo.exists(Query.query(Criteria.where("_id").is(id).and("outbox.0").exists(true)), "samples")).isFalse());
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyIsAnsweredAgainWithoutASecondWrite() {
        String body = VALID.replace("Layanan online", "retried");

        ApiClient.Response first = api().post("/api/v1/samples", body, "Idempotency-Key", "key-1");
        ApiClient.Response retry = api().post("/api/v1/samples", body, "Idempotency-Key", "key-1");
        ApiClient.Response otherBody = api().post("/api/v1/samples", VALID, "Idempotency-Key", "key-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(mongo.count(Query.query(Criteria.where("title").is("retried")), "samples")).isEqualTo(1);
    }

    @Test
    void aRefusedRequestKeepsNoIdempotencyRecordSoItCanBeCorrected() {
        ApiClient.Response refused = api().post("/api/v1/samples", VALID.replace("Layanan online", "refuse"),
                "Idempotency-Key", "key-2");
        ApiClient.Response corrected = api().post("/api/v1/samples", VALID.replace("Layanan online", "corrected"),
                "Idempotency-Key", "key-2");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void anIdempotencyKeyIsTheCallersOwnSoAnotherCallersSameKeyIsANewRequest() {
        String body = VALID.replace("Layanan online", "per caller");
        ApiClient kotaAdmin = anonymous().as(TestCaller.regionAdmin("32.73"));

        ApiClient.Response first = api().post("/api/v1/samples", body, "Idempotency-Key", "shared-key");
        ApiClient.Response other = kotaAdmin.post("/api/v1/samples", body, "Idempotency-Key", "shared-key");

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.header("Idempotent-Replayed")).isNull();
        assertThat(other.json().get("id").asString()).isNotEqualTo(first.json().get("id").asString());
    }

    @Test
    void aRequestLeftPendingByADeadServiceIsTakenOverByItsRetryButAFreshOneIsInProgress() throws Exception {
        String body = VALID.replace("Layanan online", "pending");
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
                json.writeValueAsBytes(json.readValue(body, DefaultsTestApplication.SampleRequest.class))));
        // a key is its caller's own: the record's id names the operation, the token's issuer and subject, the key
        String caller = "samples:" + java.net.URLEncoder.encode(TestIssuer.get().uri(), java.nio.charset.StandardCharsets.UTF_8)
                + ":" + TestCaller.provinceAdmin("32").subject() + ":";
        mongo.insert(new org.bson.Document("_id", caller + "key-stale").append("digest", digest)
                .append("completed", false).append("createdAt", java.util.Date.from(java.time.Instant.now().minusSeconds(3600))),
                "idempotency_keys");
        mongo.insert(new org.bson.Document("_id", caller + "key-fresh").append("digest", digest)
                .append("completed", false).append("createdAt", new java.util.Date()), "idempotency_keys");

        ApiClient.Response retryOfDeadRequest = api().post("/api/v1/samples", body, "Idempotency-Key", "key-stale");
        ApiClient.Response concurrentRetry = api().post("/api/v1/samples", body, "Idempotency-Key", "key-fresh");

        assertThat(retryOfDeadRequest.status()).isEqualTo(201);
        assertThat(concurrentRetry.status()).isEqualTo(409);
        assertThat(concurrentRetry.json().get("code").asString()).isEqualTo("idempotency-key-in-progress");
    }

    @Test
    void aRedeliveredEventIsHandledOnce() {
        ApiClient.Response created = api().post("/api/v1/samples", VALID.replace("Layanan online", "redelivered"));
        String id = created.json().get("id").asString();
        EventProbe.Recorded original = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> innovationEvents.recorded().stream().filter(r -> id.equals(r.key())).findFirst().orElse(null),
                found -> found != null);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> handledCount(original.id()) == 1);

        try (EventSender sender = EventSender.to(kafka)) {
            sender.sendRaw("innovation-events", id, original.headers(), toBytes(original));
            // on the copy's partition, after it: once the marker is handled, so is the copy
            sender.send(new InnovationUpdated(id, "32.73", "1.02", "marker", null, null, null, null, Instant.now()),
                    "marker-" + id);
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handledCount("marker-" + id) == 1);
        assertThat(handledCount(original.id())).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithTheErrorInItsHeaders() throws Exception {
        try (EventProbe deadLetters = EventProbe.on(kafka, "error.innovation-events.defaults-test");
             EventSender sender = EventSender.to(kafka)) {
            sender.sendRaw("innovation-events", "poison", Map.of("ce_id", "poison-1",
                    "ce_type", "id.pantau.InnovationRegistered.v1"), "{not json".getBytes(StandardCharsets.UTF_8));

            EventProbe.Recorded dead = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                    () -> deadLetters.recorded().stream().filter(r -> "poison".equals(r.key())).findFirst().orElse(null),
                    found -> found != null);
            assertThat(dead.headers()).containsKey("x-exception-message")
                    .containsEntry("x-original-topic", "innovation-events");
        }
    }

    private static byte[] toBytes(EventProbe.Recorded recorded) {
        return id.pantau.events.PantauJson.mapper().writeValueAsBytes(recorded.event());
    }

    private static long handledCount(String eventId) {
        return DefaultsTestApplication.HANDLED.stream().filter(event -> event.id().equals(eventId)).count();
    }

    private static Map<String, String> fieldMessages(ApiClient.Response response) {
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        response.json().get("errors").forEach(error ->
                messages.put(error.get("field").asString(), error.get("message").asString()));
        return messages;
    }
}
