package id.pantau.notification;

import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.events.TargetSlipped;
import id.pantau.notification.alert.AlertService;
import id.pantau.notification.alert.AlertSignal;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EmbeddedInfrastructure;
import id.pantau.testing.TestCaller;
import id.pantau.testing.TestIssuer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart in the middle of retries: the receiver answers 500 while the service keeps trying a webhook, the
 * service is stopped, the receiver recovers, and a new instance on the same MongoDB delivers the message — once,
 * under the same {@code webhook-id}, because the attempts and their schedule live in the database, not in memory.
 */
class DeliveryRestartIT {

    private static final String DATABASE = "it-deliveryrestart";

    @Test
    void aWebhookRetriedAcrossARestartIsReceivedOnceUnderItsOneId() throws Exception {
        try (TestWebhookReceiver receiver = new TestWebhookReceiver()) {
            receiver.answer("/hook", 500);
            String secret;
            String alertId;
            try (ConfigurableApplicationContext first = start()) {
                ApiClient.Response created = api(first).post("/api/v1/recipients", Map.of("regionCode", "32.73",
                        "name", "SP4N-LAPOR! Kota Bandung", "channel", "WEBHOOK", "url", receiver.url("/hook"),
                        "role", "INSPECTORATE"));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                secret = created.json().get("webhookSecret").asString();
                alertId = first.getBean(AlertService.class).signal(AlertSignal.of(UUID.randomUUID().toString(),
                        new TargetSlipped(ObjectId.get().toHexString(), ObjectId.get().toHexString(), "32.73",
                                "2.18.0.00.0.00.01.0000", "Waktu layanan", SlipRule.BEHIND_TRAJECTORY, Severity.RED,
                                "2026-03", new BigDecimal("7.5"), new BigDecimal("9.5"), new BigDecimal("0.2"),
                                Instant.now()))).id();
                await().until(() -> receiver.receivedAt("/hook").size() >= 2);
            }
            int refused = receiver.receivedAt("/hook").size();
            receiver.answer("/hook", 200);

            try (ConfigurableApplicationContext second = start()) {
                MongoTemplate mongo = second.getBean(MongoTemplate.class);
                Query ofAlert = Query.query(Criteria.where("alertId").is(alertId));
                await().until(() -> "SENT".equals(mongo.findOne(ofAlert, Document.class, "deliveries").getString("status")));
                // several more rounds of the worker: nothing is left to send
                Thread.sleep(1500);
                assertThat(mongo.findOne(ofAlert, Document.class, "deliveries").getInteger("attempts"))
                        .isGreaterThanOrEqualTo(3);
            }

            List<TestWebhookReceiver.Received> received = receiver.receivedAt("/hook");
            assertThat(received).hasSize(refused + 1);
            assertThat(received).extracting(request -> request.header("webhook-id")).containsOnly(
                    received.get(0).header("webhook-id"));
            TestWebhookReceiver.Received delivered = received.get(received.size() - 1);
            new com.standardwebhooks.Webhook(secret).verify(delivered.body(), delivered.headers());
            assertThat(delivered.body()).contains(alertId);
        }
    }

    /** One instance of the service on the tests' broker and the same database every time. */
    private static ConfigurableApplicationContext start() {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        // as arguments, so that they win over application.yml as the tests' settings must
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("spring.jmx.enabled", "false"),
                Map.entry("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrap()),
                Map.entry("spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrap()),
                // a group of its own, so that no other test's service shares its partitions
                Map.entry("spring.cloud.stream.bindings.monitoringEvents-in-0.group", "delivery-restart-it"),
                Map.entry("spring.cloud.stream.bindings.innovationEvents-in-0.group", "delivery-restart-it"),
                Map.entry("spring.mongodb.uri", infrastructure.mongoUri(DATABASE)),
                Map.entry("pantau.security.issuers[0].uri", TestIssuer.get().uri()),
                Map.entry("pantau.notification.office-hours.enabled", "false"),
                Map.entry("pantau.notification.delivery.poll-interval", "200ms"),
                Map.entry("pantau.notification.delivery.first-retry", "300ms"),
                Map.entry("pantau.notification.delivery.max-retry", "300ms"),
                Map.entry("pantau.notification.delivery.max-attempts", "50"),
                Map.entry("pantau.notification.delivery.lease", "2s")).entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ApiClient("http://127.0.0.1:" + port).as(TestCaller.provinceAdmin("32"));
    }

    private static org.awaitility.core.ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }
}
