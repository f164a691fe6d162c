package id.pantau.system;

import id.pantau.events.IndicatorMeasured;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import id.pantau.local.DemoData;
import id.pantau.local.DemoResult;
import id.pantau.local.LocalStack;
import id.pantau.local.PantauService;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed scenario end to end: the local stack's real Kafka broker, MongoDB wire server and mail catcher, and
 * the four service jars as separate processes, driven only through their public APIs and topics. The steps
 * build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedScenarioIT {

    private static final String REGION = "32.73";
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";
    private static final String INSPECTORATE_MAIL = "inspektorat@bandung.go.id";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static LocalStack stack;
    private static EventProbe monitoringEvents;
    private static ApiClient innovation;
    private static ApiClient monitoring;
    private static ApiClient notification;
    private static ApiClient reporting;
    private static ApiClient mail;

    private static String ptspInnovation;
    private static String ptspIndicator;
    private static String complaintsInnovation;
    private static String complaintsIndicator;

    @BeforeAll
    static void startThePlatform() {
        Path root = Path.of(System.getProperty("pantau.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.builder()
                .root(root)
                .dataDir(root.resolve("system-tests/target/stack"))
                .fresh(true)
                .memoryMongo(true)
                .randomPorts()
                .start();
        innovation = new ApiClient(stack.serviceUrl(PantauService.INNOVATION));
        monitoring = new ApiClient(stack.serviceUrl(PantauService.MONITORING));
        notification = new ApiClient(stack.serviceUrl(PantauService.NOTIFICATION));
        reporting = new ApiClient(stack.serviceUrl(PantauService.REPORTING));
        mail = new ApiClient(stack.mailApiUrl().replace("/api/messages", ""));
        monitoringEvents = EventProbe.on(stack.kafkaBootstrap(), "monitoring-events");
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        if (monitoringEvents != null) {
            monitoringEvents.close();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void theDemoDataRegistersTheThreeActionPlanRowsThroughThePublicApis() {
        List<DemoResult> results = DemoData.load().apply(stack::serviceUrl);
        assertThat(results).allSatisfy(result -> assertThat(result.created()).as(result.request().label()).isTrue());

        JsonNode innovations = innovation.get("/api/v1/innovations?region=" + REGION + "&size=50").json();
        assertThat(innovations.get("totalElements").asInt()).isEqualTo(3);
        assertThat(innovations.get("content").valueStream().map(row -> row.get("problem").asString()))
                .containsExactlyInAnyOrder("Layanan lambat", "Data terpencar", "Aduan masyarakat");
        JsonNode ptsp = innovationOf(innovations, PTSP);
        ptspInnovation = ptsp.get("id").asString();
        ptspIndicator = ptsp.at("/indicators/0/id").asString();
        JsonNode complaints = innovationOf(innovations, INSPEKTORAT);
        complaintsInnovation = complaints.get("id").asString();
        complaintsIndicator = complaints.at("/indicators/0/id").asString();

        // a second load (a restart of run-local.sh) finds everything already there and changes nothing
        assertThat(DemoData.load().apply(stack::serviceUrl)).noneMatch(DemoResult::created);
        assertThat(innovation.get("/api/v1/innovations?region=" + REGION).json().get("totalElements").asInt()).isEqualTo(3);

        // monitoring learns the indicators from InnovationRegistered, not from innovation-service's database
        awaitStatus(monitoring, "/api/v1/indicators/" + ptspIndicator + "/status", 200);
        awaitStatus(monitoring, "/api/v1/indicators/" + complaintsIndicator + "/status", 200);
    }

    @Test
    @Order(2)
    void aServiceTimeThatDoesNotFallSlipsAlertsTheInspectorateAndShowsInTheActionPlan() {
        assertThat(measure(ptspInnovation, ptspIndicator, "2026-01", "10", "ptsp-2026-01").status()).isEqualTo(201);
        assertThat(measure(ptspInnovation, ptspIndicator, "2026-02", "10", "ptsp-2026-02").status()).isEqualTo(201);

        TargetSlipped slipped = monitoringEvents.await(TargetSlipped.class, event -> event.indicatorId().equals(ptspIndicator));
        assertThat(slipped.severity()).isEqualTo(Severity.RED);
        assertThat(slipped.rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
        assertThat(slipped.regionCode()).isEqualTo(REGION);

        JsonNode alert = await(() -> openAlert(ptspIndicator));
        assertThat(alert.get("severity").asString()).isEqualTo("RED");
        assertThat(alert.get("rule").asString()).isEqualTo("BEHIND_TRAJECTORY");

        JsonNode email = await(() -> mailTo(INSPECTORATE_MAIL, "Waktu layanan", 1));
        assertThat(email.get("subject").asString()).contains("Waktu layanan");

        JsonNode row = await(() -> {
            JsonNode candidate = actionPlanRow(ptspInnovation);
            return candidate != null && candidate.at("/indicators/0/slip/severity").asString("").equals("RED")
                    && !candidate.get("openAlerts").isEmpty() ? candidate : null;
        });
        assertThat(row.get("problem").asString()).isEqualTo("Layanan lambat");
        assertThat(row.at("/indicators/0/latestValue").decimalValue()).isEqualByComparingTo("10");
        assertThat(row.at("/openAlerts/0/indicatorId").asString()).isEqualTo(ptspIndicator);
    }

    @Test
    @Order(3)
    void aRetriedMeasurementWithTheSameIdempotencyKeyChangesNothing() {
        ApiClient.Response retry = measure(ptspInnovation, ptspIndicator, "2026-02", "10", "ptsp-2026-02");
        ApiClient.Response secondForThePeriod = measure(ptspInnovation, ptspIndicator, "2026-02", "9", "ptsp-2026-02-again");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(secondForThePeriod.status()).isEqualTo(409);
        assertThat(secondForThePeriod.header("Content-Type")).startsWith("application/problem+json");
        assertThat(monitoring.get("/api/v1/measurements?indicatorId=" + ptspIndicator).json()
                .get("totalElements").asInt()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void anAlertRaisedWhileNotificationServiceIsDownArrivesWhenItIsBack() {
        stack.killService(PantauService.NOTIFICATION);

        // "response < 2 days" breached: monitoring keeps accepting its own writes while notification is down
        assertThat(measure(complaintsInnovation, complaintsIndicator, "2026-01", "3", "complaints-2026-01").status())
                .isEqualTo(201);
        TargetSlipped breached = monitoringEvents.await(TargetSlipped.class,
                event -> event.indicatorId().equals(complaintsIndicator));
        assertThat(breached.rule()).isEqualTo(SlipRule.BOUND_BREACHED);

        stack.startService(PantauService.NOTIFICATION);

        JsonNode alert = await(() -> openAlert(complaintsIndicator));
        assertThat(alert.get("rule").asString()).isEqualTo("BOUND_BREACHED");
        await(() -> mailTo(INSPECTORATE_MAIL, "Waktu respons aduan", 1));
        assertThat(openAlert(ptspIndicator)).as("the earlier alert survived the restart").isNotNull();
    }

    @Test
    @Order(5)
    void killingMonitoringServiceWhileMeasurementsArriveLosesNoAcceptedMeasurement() throws Exception {
        List<String> periods = List.of("2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        Map<String, Integer> accepted = new ConcurrentHashMap<>();
        // an OPD system that retries with the same Idempotency-Key until its measurement is accepted
        CompletableFuture<Void> submitting = CompletableFuture.runAsync(() -> {
            for (String period : periods) {
                Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
                    int status = measure(complaintsInnovation, complaintsIndicator, period, "1.5",
                            "complaints-" + period).status();
                    if (status == 201 || status == 409) {
                        accepted.put(period, status);
                        return true;
                    }
                    return false;
                });
            }
        });
        Awaitility.await().atMost(PATIENCE).until(() -> accepted.size() >= 2);
        stack.killService(PantauService.MONITORING);
        stack.startService(PantauService.MONITORING);
        submitting.get();

        assertThat(accepted).containsOnlyKeys(periods);
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> measured = monitoringEvents.events(IndicatorMeasured.class).stream()
                    .filter(event -> event.indicatorId().equals(complaintsIndicator))
                    .map(IndicatorMeasured::period).toList();
            assertThat(measured).as("each accepted measurement published once")
                    .containsExactlyInAnyOrder("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        });
        assertThat(monitoring.get("/api/v1/measurements?indicatorId=" + complaintsIndicator + "&size=50").json()
                .get("totalElements").asInt()).isEqualTo(6);
        // back within the bound from February: the bound alert is resolved
        monitoringEvents.await(TargetRecovered.class, event -> event.indicatorId().equals(complaintsIndicator));
        await(() -> alertInState(complaintsIndicator, "RESOLVED"));
    }

    @Test
    @Order(6)
    void aRecoveringServiceTimeResolvesTheAlertAndClearsTheReport() {
        assertThat(measure(ptspInnovation, ptspIndicator, "2026-03", "7", "ptsp-2026-03").status()).isEqualTo(201);

        TargetRecovered recovered = monitoringEvents.await(TargetRecovered.class,
                event -> event.indicatorId().equals(ptspIndicator));
        assertThat(recovered.rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
        await(() -> alertInState(ptspIndicator, "RESOLVED"));
        await(() -> mailTo(INSPECTORATE_MAIL, "Waktu layanan", 2));
        await(() -> {
            JsonNode row = actionPlanRow(ptspInnovation);
            boolean slipCleared = row != null
                    && (row.at("/indicators/0/slip").isMissingNode() || row.at("/indicators/0/slip").isNull());
            return slipCleared ? row : null;
        });
        assertThat(monitoringEvents.events(TargetSlipped.class).stream()
                .filter(event -> event.indicatorId().equals(ptspIndicator))).as("one slip, not one per evaluation").hasSize(1);
        assertThat(monitoringEvents.events(IndicatorMeasured.class).stream()
                .filter(event -> event.indicatorId().equals(ptspIndicator))).hasSize(3);
    }

    private static ApiClient.Response measure(String innovationId, String indicatorId, String period, String value,
                                              String idempotencyKey) {
        String body = """
                {"innovationId":"%s","indicatorId":"%s","period":"%s","value":%s,
                 "evidenceUrl":"https://dokumen.bandung.go.id/monev/%s.pdf"}""".formatted(
                innovationId, indicatorId, period, value, period);
        return monitoring.post("/api/v1/measurements", body, "Idempotency-Key", idempotencyKey);
    }

    private static JsonNode innovationOf(JsonNode innovations, String opdCode) {
        return innovations.get("content").valueStream()
                .filter(row -> row.get("opdCode").asString().equals(opdCode)).findFirst().orElseThrow();
    }

    private static JsonNode openAlert(String indicatorId) {
        return alertInState(indicatorId, "OPEN");
    }

    private static JsonNode alertInState(String indicatorId, String state) {
        JsonNode alerts = notification.get("/api/v1/alerts?region=" + REGION + "&state=" + state + "&size=100").json();
        if (alerts == null || !alerts.has("content")) {
            return null;
        }
        return alerts.get("content").valueStream()
                .filter(alert -> alert.get("indicatorId").asString().equals(indicatorId)).findFirst().orElse(null);
    }

    /** The {@code count}-th mail to the address whose subject names the indicator, or null. */
    private static JsonNode mailTo(String address, String indicatorName, int count) {
        List<JsonNode> matching = new ArrayList<>();
        mail.get("/api/messages").json().valueStream()
                .filter(message -> message.get("to").toString().contains(address))
                .filter(message -> message.get("subject").asString().contains(indicatorName))
                .forEach(matching::add);
        return matching.size() >= count ? matching.get(count - 1) : null;
    }

    private static JsonNode actionPlanRow(String innovationId) {
        JsonNode report = reporting.get("/api/v1/reports/action-plan?region=" + REGION).json();
        if (report == null || !report.has("rows")) {
            return null;
        }
        return report.get("rows").valueStream()
                .filter(row -> row.get("innovationId").asString().equals(innovationId)).findFirst().orElse(null);
    }

    private static void awaitStatus(ApiClient client, String path, int status) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> client.get(path).status() == status);
    }

    private static <T> T await(Supplier<T> probe) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .ignoreException(UncheckedIOException.class)
                .until(probe::get, found -> found != null);
    }
}
