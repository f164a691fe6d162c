package id.pantau.notification;

import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.events.TargetSlipped;
import id.pantau.notification.alert.AlertService;
import id.pantau.notification.alert.AlertSignal;
import id.pantau.testing.ApiClient;
import id.pantau.testing.AuthorizationMatrix;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role × own region, another region, another province, as
 * {@code authorization-matrix.txt} says. Alerts are opened from TargetSlipped events handed to the alert
 * service as the monitoring consumer hands them; this context does not consume the topics itself, so that it
 * never shares the consumer group with {@link NotificationIT}'s context in the same test JVM.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.monitoringEvents-in-0.consumer.auto-startup=false",
        "spring.cloud.stream.bindings.innovationEvents-in-0.consumer.auto-startup=false"})
class AuthorizationMatrixIT {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load("authorization-matrix.txt");
    private static final String KOTA_BANDUNG = "32.73";
    private static final Map<String, String> TARGETS = Map.of(
            "own-region", KOTA_BANDUNG,
            "other-region", "32.04",
            "other-province", "33.74");
    private static final Map<String, TestCaller> CALLERS = Map.of(
            "PROVINCE_ADMIN", TestCaller.provinceAdmin("32"),
            "REGION_ADMIN", TestCaller.regionAdmin(KOTA_BANDUNG),
            "OPD_OPERATOR", TestCaller.opdOperator(KOTA_BANDUNG, "2.18.0.00.0.00.01.0000"),
            "INSPECTOR", TestCaller.inspector(KOTA_BANDUNG),
            "VERIFIER", TestCaller.verifier(KOTA_BANDUNG),
            "VIEWER", TestCaller.viewer(KOTA_BANDUNG));

    @LocalServerPort
    int port;

    @Autowired
    AlertService alerts;

    /** One alert and one recipient per region for the reading cells, made on first use. */
    private final Map<String, String> alertOf = new HashMap<>();
    private final Map<String, String> recipientOf = new HashMap<>();
    private final Map<String, String> silenceOf = new HashMap<>();
    private final Map<String, String> routeOf = new HashMap<>();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestSmtp::port);
    }

    @Test
    void everyEndpointIsInTheTable(@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        MATRIX.assertCovers(mapping);
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        // the first token makes the service fetch the issuer's keys, which on a loaded machine can outlast that
        // request (a 401); the matrix is about roles and scope, so it starts once keys are in
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                new ApiClient(url()).as(CALLERS.get("PROVINCE_ADMIN")).get("/api/v1/alerts").status() == 200);
        return MATRIX.tests(new ApiClient(url()), CALLERS, this::request);
    }

    private AuthorizationMatrix.Request request(String endpoint, String target, String role) {
        return switch (endpoint) {
            case "GET /api/v1/alerts" -> AuthorizationMatrix.Request.of("/api/v1/alerts?region=" + region(target));
            case "GET /api/v1/alerts/{id}" -> AuthorizationMatrix.Request.of("/api/v1/alerts/"
                    + alertOf.computeIfAbsent(region(target), this::openAlert));
            // each cell acts on an open alert of its own, so that one cell's change cannot decide another's
            case "POST /api/v1/alerts/{id}/acknowledge" -> new AuthorizationMatrix.Request(
                    "/api/v1/alerts/" + openAlert(region(target)) + "/acknowledge", Map.of("comment", "Ditindaklanjuti"));
            case "POST /api/v1/alerts/{id}/resolve" -> new AuthorizationMatrix.Request(
                    "/api/v1/alerts/" + openAlert(region(target)) + "/resolve", Map.of("reason", "Target direvisi"));
            case "GET /api/v1/alerts/{id}/deliveries" -> AuthorizationMatrix.Request.of("/api/v1/alerts/"
                    + alertOf.computeIfAbsent(region(target), this::openAlert) + "/deliveries");
            case "GET /api/v1/silences" -> AuthorizationMatrix.Request.of("/api/v1/silences?region=" + region(target));
            case "GET /api/v1/silences/{id}" -> AuthorizationMatrix.Request.of("/api/v1/silences/"
                    + silenceOf.computeIfAbsent(region(target), this::addSilence));
            case "POST /api/v1/silences" -> new AuthorizationMatrix.Request("/api/v1/silences",
                    newSilence(region(target)), "Idempotency-Key", UUID.randomUUID().toString());
            // each cell expires a silence of its own
            case "POST /api/v1/silences/{id}/expire" -> AuthorizationMatrix.Request.of("/api/v1/silences/"
                    + addSilence(region(target)) + "/expire");
            case "GET /api/v1/routes" -> AuthorizationMatrix.Request.of("/api/v1/routes?region=" + region(target));
            case "GET /api/v1/routes/{id}" -> AuthorizationMatrix.Request.of("/api/v1/routes/"
                    + routeOf.computeIfAbsent(region(target), this::addRoute));
            case "POST /api/v1/routes" -> new AuthorizationMatrix.Request("/api/v1/routes", newRoute(region(target)),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "DELETE /api/v1/routes/{id}" -> AuthorizationMatrix.Request.of("/api/v1/routes/"
                    + addRoute(region(target)));
            case "GET /api/v1/recipients" -> AuthorizationMatrix.Request.of("/api/v1/recipients?region=" + region(target));
            case "GET /api/v1/recipients/{id}" -> AuthorizationMatrix.Request.of("/api/v1/recipients/"
                    + recipientOf.computeIfAbsent(region(target), this::addRecipient));
            case "POST /api/v1/recipients" -> new AuthorizationMatrix.Request("/api/v1/recipients",
                    newRecipient(region(target)), "Idempotency-Key", UUID.randomUUID().toString());
            case "POST /api/v1/recipients/{id}/webhook-secret" -> AuthorizationMatrix.Request.of("/api/v1/recipients/"
                    + addWebhook(region(target)) + "/webhook-secret");
            case "POST /api/v1/recipients/{id}/test" -> AuthorizationMatrix.Request.of("/api/v1/recipients/"
                    + recipientOf.computeIfAbsent(region(target), this::addRecipient) + "/test");
            case "DELETE /api/v1/recipients/{id}" -> AuthorizationMatrix.Request.of("/api/v1/recipients/"
                    + addRecipient(region(target)));
            case "GET /api/v1/audit" -> AuthorizationMatrix.Request.of("/api/v1/audit?entity=recipient&id="
                    + recipientOf.computeIfAbsent(region(target), this::addRecipient));
            case "GET /api/v1/audit/verification" -> AuthorizationMatrix.Request.of("/api/v1/audit/verification");
            default -> throw new IllegalArgumentException("no fixture for " + endpoint);
        };
    }

    private static String region(String target) {
        String region = TARGETS.get(target);
        if (region == null) {
            throw new IllegalArgumentException("no region for target " + target);
        }
        return region;
    }

    /** Opens a new alert in the region, as a slip reported by monitoring does. */
    private String openAlert(String region) {
        TargetSlipped slipped = new TargetSlipped(new ObjectId().toHexString(), new ObjectId().toHexString(), region,
                "2.18.0.00.0.00.01.0000", "Waktu layanan", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03",
                new BigDecimal("7.5"), new BigDecimal("9.5"), new BigDecimal("0.2"), Instant.now());
        return alerts.signal(AlertSignal.of(UUID.randomUUID().toString(), slipped)).id();
    }

    /** Adds a recipient to the region as the admin of its province. */
    private String addRecipient(String region) {
        ApiClient.Response created = new ApiClient(url()).as(TestCaller.provinceAdmin(region.substring(0, 2)))
                .post("/api/v1/recipients", newRecipient(region));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Silences the region for a day as the admin of its province. */
    private String addSilence(String region) {
        ApiClient.Response created = new ApiClient(url()).as(TestCaller.provinceAdmin(region.substring(0, 2)))
                .post("/api/v1/silences", newSilence(region));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, String> newSilence(String region) {
        return Map.of("regionCode", region, "comment", "Revisi target pertengahan tahun",
                "endsAt", Instant.now().plus(Duration.ofDays(1)).toString());
    }

    /** Adds a routing rule to the region as the admin of its province. */
    private String addRoute(String region) {
        ApiClient.Response created = new ApiClient(url()).as(TestCaller.provinceAdmin(region.substring(0, 2)))
                .post("/api/v1/routes", newRoute(region));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A rule that changes nothing where it runs: the inspectorate, which the walk ends at anyway, and on. */
    private static Map<String, Object> newRoute(String region) {
        return Map.of("regionCode", region, "receivers", java.util.List.of("INSPECTORATE"), "continue", true);
    }

    /** Adds a webhook recipient to the region as the admin of its province. */
    private String addWebhook(String region) {
        ApiClient.Response created = new ApiClient(url()).as(TestCaller.provinceAdmin(region.substring(0, 2)))
                .post("/api/v1/recipients", Map.of("regionCode", region, "name", "Webhook " + region,
                        "channel", "WEBHOOK", "url", "https://hooks.example.go.id/" + UUID.randomUUID(),
                        "role", "BAPPEDA"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, String> newRecipient(String region) {
        return Map.of("regionCode", region, "name", "Inspektorat " + region, "role", "INSPECTORATE",
                "email", "inspektorat-" + UUID.randomUUID() + "@example.go.id");
    }

    private String url() {
        return "http://127.0.0.1:" + port;
    }
}
