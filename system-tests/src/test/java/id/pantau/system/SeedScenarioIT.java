package id.pantau.system;

import com.standardwebhooks.Webhook;
import id.pantau.events.IndicatorMeasured;
import id.pantau.events.PantauJson;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import id.pantau.local.DemoClient;
import id.pantau.local.DemoData;
import id.pantau.local.DemoResult;
import id.pantau.local.LocalStack;
import id.pantau.local.PantauService;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static id.pantau.local.DemoClient.INSPECTOR;
import static id.pantau.local.DemoClient.OPD_PTSP;
import static id.pantau.local.DemoClient.OPD_PTSP_KAB_BANDUNG;
import static id.pantau.local.DemoClient.PROVINCE_ADMIN;
import static id.pantau.local.DemoClient.REGION_ADMIN;
import static id.pantau.local.DemoClient.VIEWER;
import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The seed scenario end to end: the local stack's real Kafka broker, MongoDB wire server, mail catcher and
 * authorization server, and the four service jars as separate processes, driven only through their public APIs
 * and topics. Every call carries a token of the demo client who would make it: Dinas PTSP's operator submits its
 * own measurements, the region's admin those of the OPDs without a demo operator, the inspectorate reads its
 * alerts, the leadership viewer the report. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedScenarioIT {

    private static final String REGION = "32.73";
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";
    private static final String INSPECTORATE_MAIL = "inspektorat@bandung.go.id";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final HttpClient DOWNLOADS = HttpClient.newHttpClient();

    private static LocalStack stack;
    private static EventProbe monitoringEvents;
    private static ApiClient mail;
    private static WebhookReceiver webhook;
    private static String webhookSecret;

    private static String ptspInnovation;
    private static String ptspIndicator;
    private static String ptspMeasurement;
    private static String ptspAlert;
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
        mail = new ApiClient(stack.mailApiUrl().replace("/api/messages", ""));
        monitoringEvents = EventProbe.on(stack.kafkaBootstrap(), "monitoring-events");
        webhook = new WebhookReceiver();
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        if (monitoringEvents != null) {
            monitoringEvents.close();
        }
        if (stack != null) {
            stack.stop();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    @Order(1)
    void theDemoDataRegistersTheThreeActionPlanRowsThroughThePublicApis() {
        List<DemoResult> results = DemoData.load().apply(stack::serviceUrl, stack::accessToken);
        assertThat(results).allSatisfy(result -> assertThat(result.created()).as(result.request().label()).isTrue());

        JsonNode innovations = innovation(REGION_ADMIN).get("/api/v1/innovations?region=" + REGION + "&size=50").json();
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
        assertThat(DemoData.load().apply(stack::serviceUrl, stack::accessToken)).noneMatch(DemoResult::created);
        assertThat(innovation(REGION_ADMIN).get("/api/v1/innovations?region=" + REGION).json()
                .get("totalElements").asInt()).isEqualTo(3);
        // registered by the OPD's own operator, as the audit trail (appended by the outbox relay) shows the province
        JsonNode registration = await(() -> innovation(PROVINCE_ADMIN)
                .get("/api/v1/audit?entity=innovation&id=" + ptspInnovation).json().at("/content/0/entry"),
                entry -> !entry.isMissingNode());
        assertThat(registration.get("action").asString()).isEqualTo("register");
        assertThat(registration.get("client").asString()).isEqualTo(OPD_PTSP.id());
        assertThat(registration.get("region").asString()).isEqualTo(REGION);

        // the inspectorate's follow-up system takes its alerts by signed webhook as well, at any hour
        ApiClient.Response hook = notification(REGION_ADMIN).post("/api/v1/recipients", Map.of("regionCode", REGION,
                "name", "Sistem tindak lanjut Inspektorat", "channel", "WEBHOOK", "url", webhook.url(),
                "role", "INSPECTORATE", "outsideOfficeHours", true));
        assertThat(hook.status()).as(hook.body()).isEqualTo(201);
        webhookSecret = hook.json().get("webhookSecret").asString();
        assertThat(webhookSecret).startsWith("whsec_");

        // monitoring learns the indicators from InnovationRegistered, not from innovation-service's database
        awaitStatus(monitoring(OPD_PTSP), "/api/v1/indicators/" + ptspIndicator + "/status", 200);
        awaitStatus(monitoring(REGION_ADMIN), "/api/v1/indicators/" + complaintsIndicator + "/status", 200);
    }

    @Test
    @Order(2)
    void aServiceTimeThatDoesNotFallSlipsAlertsTheInspectorateAndShowsInTheActionPlan() {
        ApiClient.Response january = measure(OPD_PTSP, ptspInnovation, ptspIndicator, "2026-01", "10", "ptsp-2026-01");
        assertThat(january.status()).as(january.body()).isEqualTo(201);
        ptspMeasurement = january.json().get("id").asString();
        assertThat(measure(OPD_PTSP, ptspInnovation, ptspIndicator, "2026-02", "10", "ptsp-2026-02").status())
                .isEqualTo(201);

        TargetSlipped slipped = monitoringEvents.await(TargetSlipped.class, event -> event.indicatorId().equals(ptspIndicator));
        assertThat(slipped.severity()).isEqualTo(Severity.RED);
        assertThat(slipped.rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
        assertThat(slipped.regionCode()).isEqualTo(REGION);

        JsonNode alert = await(() -> openAlert(ptspIndicator));
        assertThat(alert.get("severity").asString()).isEqualTo("RED");
        assertThat(alert.get("rule").asString()).isEqualTo("BEHIND_TRAJECTORY");
        ptspAlert = alert.get("id").asString();

        JsonNode email = await(() -> mailTo(INSPECTORATE_MAIL, "Waktu layanan", 1));
        assertThat(email.get("subject").asString()).contains("Waktu layanan");
        WebhookReceiver.Received raised = await(() -> webhookMessage("alert.raised", ptspAlert));
        assertSigned(raised);
        assertThat(webhook.received().stream().filter(message -> isAbout(message, "alert.raised", ptspAlert)))
                .as("one alert, told once").hasSize(1);

        JsonNode row = await(() -> {
            JsonNode candidate = actionPlanRow(ptspInnovation);
            return candidate != null && candidate.at("/indicators/0/slip/severity").asString("").equals("RED")
                    && !candidate.get("openAlerts").isEmpty() ? candidate : null;
        });
        assertThat(row.get("problem").asString()).isEqualTo("Layanan lambat");
        assertThat(row.at("/indicators/0/latestValue").decimalValue()).isEqualByComparingTo("10");
        assertThat(row.at("/openAlerts/0/indicatorId").asString()).isEqualTo(ptspIndicator);

        // the dashboard, after a login at the authorization server, shows the slip down to the indicator
        HttpClient browser = loggedInToTheDashboard("region.admin");
        assertThat(page(browser, "/")).contains("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        assertThat(page(browser, "/dashboard/innovations/" + ptspInnovation + "/indicators/" + ptspIndicator))
                .contains("Waktu layanan", "Target meleset");
    }

    @Test
    @Order(3)
    void kabupatenBandungsOperatorCannotSeeOrTouchKotaBandungsData() {
        // the same OPD code in another kabupaten: everything of Kota Bandung is as if it did not exist
        ApiClient innovations = innovation(OPD_PTSP_KAB_BANDUNG);
        assertProblem(innovations.get("/api/v1/innovations/" + ptspInnovation), 404, "innovation-not-found");
        assertThat(ids(innovations.get("/api/v1/innovations?size=100").json()))
                .doesNotContain(ptspInnovation, complaintsInnovation);
        assertThat(innovations.get("/api/v1/innovations?region=" + REGION).json().get("totalElements").asInt()).isZero();
        // nor changed, even with the innovation's current ETag in hand
        String innovationPath = "/api/v1/innovations/" + ptspInnovation;
        ApiClient.Response innovationBefore = innovation(OPD_PTSP).get(innovationPath);
        String innovationEtag = innovationBefore.header("ETag");
        assertProblem(innovations.send("PATCH", innovationPath, Map.of("title", "Diubah oleh Kabupaten Bandung"),
                "If-Match", innovationEtag), 404, "innovation-not-found");
        assertProblem(innovations.post(innovationPath + "/stage", Map.of("stage", "PENERAPAN",
                "reason", "Diubah oleh Kabupaten Bandung", "date", "2026-04-01"), "If-Match", innovationEtag),
                404, "innovation-not-found");
        ApiClient.Response innovationAfter = innovation(OPD_PTSP).get(innovationPath);
        assertThat(innovationAfter.header("ETag")).as("no new version").isEqualTo(innovationEtag);
        assertThat(innovationAfter.json().get("title")).isEqualTo(innovationBefore.json().get("title"));
        assertThat(innovationAfter.json().get("stage")).isEqualTo(innovationBefore.json().get("stage"));

        ApiClient measurements = monitoring(OPD_PTSP_KAB_BANDUNG);
        assertThat(measurements.get("/api/v1/measurements/" + ptspMeasurement).status()).isEqualTo(404);
        ApiClient.Response measurementBefore = monitoring(OPD_PTSP).get("/api/v1/measurements/" + ptspMeasurement);
        assertProblem(measurements.put("/api/v1/measurements/" + ptspMeasurement,
                Map.of("value", 4, "reason", "Dikoreksi oleh Kabupaten Bandung"),
                "If-Match", measurementBefore.header("ETag")), 404, "measurement-not-found");
        JsonNode measurementAfter = monitoring(OPD_PTSP).get("/api/v1/measurements/" + ptspMeasurement).json();
        assertThat(measurementAfter.get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(measurementAfter.get("revision")).isEqualTo(measurementBefore.json().get("revision"));
        assertThat(measurements.get("/api/v1/indicators/" + ptspIndicator + "/status").status()).isEqualTo(404);
        assertThat(measurements.get("/api/v1/measurements?indicatorId=" + ptspIndicator).json()
                .get("totalElements").asInt()).isZero();
        ApiClient.Response submission = measure(OPD_PTSP_KAB_BANDUNG, ptspInnovation, ptspIndicator, "2026-04", "4",
                "kab-bandung-2026-04");
        // an indicator outside the caller's scope is answered like one monitoring does not know
        assertProblem(submission, 422, "unknown-indicator");
        assertThat(monitoring(OPD_PTSP).get("/api/v1/measurements?indicatorId=" + ptspIndicator).json()
                .get("totalElements").asInt()).as("nothing written for Kota Bandung").isEqualTo(2);

        ApiClient alerts = notification(OPD_PTSP_KAB_BANDUNG);
        assertThat(alerts.get("/api/v1/alerts/" + ptspAlert).status()).isEqualTo(404);
        assertThat(ids(alerts.get("/api/v1/alerts?size=100").json())).doesNotContain(ptspAlert);
        assertThat(alerts.get("/api/v1/alerts?region=" + REGION + "&size=100").json().get("totalElements").asInt())
                .isZero();
        // an OPD operator acknowledges no alert at all, so the refusal does not even depend on the alert
        assertProblem(alerts.post("/api/v1/alerts/" + ptspAlert + "/acknowledge", "{\"comment\":\"bukan kami\"}"),
                403, "forbidden");
        assertThat(notification(INSPECTOR).get("/api/v1/alerts/" + ptspAlert).json().get("state").asString())
                .isEqualTo("OPEN");

        ApiClient reports = reporting(OPD_PTSP_KAB_BANDUNG);
        assertThat(reports.get("/api/v1/reports/action-plan?region=" + REGION).json().get("rows")).isEmpty();
        assertThat(reports.get("/api/v1/reports/action-plan?region=32").json().get("rows").valueStream()
                .map(row -> row.get("innovationId").asString())).doesNotContain(ptspInnovation, complaintsInnovation);
        assertThat(reports.get("/api/v1/reports/action-plan/" + ptspInnovation).status()).isEqualTo(404);

        // while Kota Bandung's own operator sees them all
        assertThat(innovation(OPD_PTSP).get("/api/v1/innovations/" + ptspInnovation).status()).isEqualTo(200);
        assertThat(monitoring(OPD_PTSP).get("/api/v1/measurements/" + ptspMeasurement).status()).isEqualTo(200);
        assertThat(notification(OPD_PTSP).get("/api/v1/alerts/" + ptspAlert).status()).isEqualTo(200);
        assertThat(reporting(OPD_PTSP).get("/api/v1/reports/action-plan/" + ptspInnovation).status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void aRetriedMeasurementWithTheSameIdempotencyKeyChangesNothing() {
        ApiClient.Response retry = measure(OPD_PTSP, ptspInnovation, ptspIndicator, "2026-02", "10", "ptsp-2026-02");
        ApiClient.Response secondForThePeriod =
                measure(OPD_PTSP, ptspInnovation, ptspIndicator, "2026-02", "9", "ptsp-2026-02-again");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(secondForThePeriod.status()).isEqualTo(409);
        assertThat(secondForThePeriod.header("Content-Type")).startsWith("application/problem+json");
        assertThat(monitoring(OPD_PTSP).get("/api/v1/measurements?indicatorId=" + ptspIndicator).json()
                .get("totalElements").asInt()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void anAlertRaisedWhileNotificationServiceIsDownArrivesWhenItIsBack() {
        stack.killService(PantauService.NOTIFICATION);

        // "response < 2 days" breached: monitoring keeps accepting its own writes while notification is down; the
        // Inspektorat has no demo operator, so the region's admin reports for it
        assertThat(measure(REGION_ADMIN, complaintsInnovation, complaintsIndicator, "2026-01", "3", "complaints-2026-01")
                .status()).isEqualTo(201);
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
    @Order(6)
    void killingMonitoringServiceWhileMeasurementsArriveLosesNoAcceptedMeasurement() throws Exception {
        List<String> periods = List.of("2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        Map<String, Integer> accepted = new ConcurrentHashMap<>();
        // an OPD system that retries with the same Idempotency-Key until its measurement is accepted
        CompletableFuture<Void> submitting = CompletableFuture.runAsync(() -> {
            for (String period : periods) {
                Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
                    int status = measure(REGION_ADMIN, complaintsInnovation, complaintsIndicator, period, "1.5",
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
            // delivery is at least once: a kill between publishing and marking the outbox entry sent republishes
            // it, under the same event id, so consumers (deduplicating by id) see each measurement once
            Map<String, Set<String>> periodsByEventId = monitoringEvents.recorded().stream()
                    .filter(record -> record.event() instanceof IndicatorMeasured measured
                            && measured.indicatorId().equals(complaintsIndicator))
                    .collect(Collectors.groupingBy(EventProbe.Recorded::id, Collectors.mapping(
                            record -> ((IndicatorMeasured) record.event()).period(), Collectors.toSet())));
            assertThat(periodsByEventId.values()).as("one event id per accepted measurement")
                    .allSatisfy(eventPeriods -> assertThat(eventPeriods).hasSize(1));
            assertThat(periodsByEventId.values().stream().flatMap(Set::stream).toList())
                    .containsExactlyInAnyOrder("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        });
        assertThat(monitoring(REGION_ADMIN).get("/api/v1/measurements?indicatorId=" + complaintsIndicator + "&size=50")
                .json().get("totalElements").asInt()).isEqualTo(6);
        // back within the bound from February: the bound alert is resolved
        monitoringEvents.await(TargetRecovered.class, event -> event.indicatorId().equals(complaintsIndicator));
        await(() -> alertInState(complaintsIndicator, "RESOLVED"));
    }

    @Test
    @Order(7)
    void aRecoveringServiceTimeResolvesTheAlertAndClearsTheReport() {
        assertThat(measure(OPD_PTSP, ptspInnovation, ptspIndicator, "2026-03", "7", "ptsp-2026-03").status())
                .isEqualTo(201);

        TargetRecovered recovered = monitoringEvents.await(TargetRecovered.class,
                event -> event.indicatorId().equals(ptspIndicator));
        assertThat(recovered.rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
        await(() -> alertInState(ptspIndicator, "RESOLVED"));
        await(() -> mailTo(INSPECTORATE_MAIL, "Waktu layanan", 2));
        assertSigned(await(() -> webhookMessage("alert.recovered", ptspAlert)));
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

    @Test
    @Order(8)
    void withoutATokenEveryServiceAnswers401() {
        for (PantauService service : PantauService.values()) {
            ApiClient anonymous = new ApiClient(stack.serviceUrl(service));
            for (String path : List.of(listPath(service), "/api/v1/audit")) {
                assertProblem(anonymous.get(path), 401, "unauthenticated");
            }
            assertThat(anonymous.get("/actuator/health/readiness").status()).as("health stays open").isEqualTo(200);
        }
        assertProblem(new ApiClient(stack.serviceUrl(PantauService.MONITORING)).post("/api/v1/measurements",
                "{}"), 401, "unauthenticated");
        assertProblem(innovation(VIEWER).withHeader("Authorization", "Bearer not-a-token")
                .get("/api/v1/innovations"), 401, "unauthenticated");
    }

    @Test
    @Order(9)
    void everyReportOpensInEveryFormatWithTheSameFigures() throws IOException {
        List<String> reports = List.of("action-plan", "innovation-recap", "quarterly-monev", "indicator-achievement",
                "early-warning", "reporting-compliance", "replications", "innovation-index");
        for (String report : reports) {
            assertThat(reporting(REGION_ADMIN).get("/api/v1/reports/" + report + "?region=" + REGION).status())
                    .as(report).isEqualTo(200);
            HttpResponse<byte[]> csv = download(report, "csv");
            assertThat(csv.statusCode()).as(report + " csv").isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as(report + " csv for Excel").startsWith("\uFEFF");
            HttpResponse<byte[]> xlsx = download(report, "xlsx");
            assertThat(xlsx.statusCode()).as(report + " xlsx").isEqualTo(200);
            assertThat(cellTexts(xlsx.body())).as(report + " xlsx").isNotEmpty();
            HttpResponse<byte[]> pdf = download(report, "pdf");
            assertThat(pdf.statusCode()).as(report + " pdf").isEqualTo(200);
            assertThat(pdfText(pdf.body())).as(report + " pdf").contains("Kota Bandung");
        }

        // the action plan's figures are the same in every format: the PTSP indicator's latest value (March, 7 days)
        JsonNode ptsp = actionPlanRow(ptspInnovation);
        String latest = ptsp.at("/indicators/0/latestValue").decimalValue().stripTrailingZeros().toPlainString();
        assertThat(latest).isEqualTo("7");
        List<String> cells = cellTexts(download("action-plan", "xlsx").body());
        assertThat(cells).contains("Layanan lambat", "Data terpencar", "Aduan masyarakat", latest);
        String csv = new String(download("action-plan", "csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Layanan lambat", "Data terpencar", "Aduan masyarakat");
        // the PDF's narrow table columns break words across lines
        assertThat(pdfText(download("action-plan", "pdf").body()).replaceAll("\\s", ""))
                .contains("Layananlambat", "Dataterpencar", "Aduanmasyarakat");
    }

    @Test
    @Order(10)
    void everyServicesAuditTrailIsIntact() {
        for (PantauService service : PantauService.values()) {
            JsonNode verification = as(PROVINCE_ADMIN, service).get("/api/v1/audit/verification").json();
            assertThat(verification.get("intact").asBoolean()).as(service + ": " + verification).isTrue();
        }
        JsonNode submissions = monitoring(PROVINCE_ADMIN).get("/api/v1/audit?entity=measurement&size=100").json();
        assertThat(submissions.get("content").valueStream().map(record -> record.at("/entry/client").asString()))
                .contains(OPD_PTSP.id(), REGION_ADMIN.id())
                .doesNotContain(OPD_PTSP_KAB_BANDUNG.id());
    }

    private static ApiClient.Response measure(DemoClient submitter, String innovationId, String indicatorId,
                                              String period, String value, String idempotencyKey) {
        String body = """
                {"innovationId":"%s","indicatorId":"%s","period":"%s","value":%s,
                 "evidenceUrl":"https://dokumen.bandung.go.id/monev/%s.pdf"}""".formatted(
                innovationId, indicatorId, period, value, period);
        return monitoring(submitter).post("/api/v1/measurements", body, "Idempotency-Key", idempotencyKey);
    }

    /** A client of one service calling as a demo client; the stack keeps each client's token while it is valid. */
    private static ApiClient as(DemoClient caller, PantauService service) {
        return new ApiClient(stack.serviceUrl(service)).withToken(stack.accessToken(caller));
    }

    private static ApiClient innovation(DemoClient caller) {
        return as(caller, PantauService.INNOVATION);
    }

    private static ApiClient monitoring(DemoClient caller) {
        return as(caller, PantauService.MONITORING);
    }

    private static ApiClient notification(DemoClient caller) {
        return as(caller, PantauService.NOTIFICATION);
    }

    private static ApiClient reporting(DemoClient caller) {
        return as(caller, PantauService.REPORTING);
    }

    /**
     * A browser's session with the dashboard: opening it leads to the authorization server's login form, whose
     * answer leads back through the authorization-code flow.
     */
    private static HttpClient loggedInToTheDashboard(String username) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> loginForm = visit(browser, browsing(dashboardUri("/")).build());
        assertThat(loginForm.uri().toString()).startsWith(stack.issuerUrl() + "/login");
        Matcher csrf = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginForm.body());
        assertThat(csrf.find()).as(loginForm.body()).isTrue();
        String form = "username=" + username + "&password=demo-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> overview = visit(browser, browsing(loginForm.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(overview.statusCode()).as(overview.body()).isEqualTo(200);
        assertThat(overview.uri().toString()).startsWith(stack.serviceUrl(PantauService.REPORTING));
        return browser;
    }

    private static String page(HttpClient browser, String path) {
        HttpResponse<String> page = visit(browser, browsing(dashboardUri(path)).build());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    /** A request as a browser sends it: the login pages are only offered to those that accept HTML. */
    private static HttpRequest.Builder browsing(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml");
    }

    private static URI dashboardUri(String path) {
        return URI.create(stack.serviceUrl(PantauService.REPORTING) + path);
    }

    private static HttpResponse<String> visit(HttpClient browser, HttpRequest request) {
        return send(browser, request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A report file as the reporting API sends it to a caller of the demo region. */
    private static HttpResponse<byte[]> download(String report, String format) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.serviceUrl(PantauService.REPORTING)
                        + "/api/v1/reports/" + report + "?region=" + REGION + "&format=" + format))
                .header("Authorization", "Bearer " + stack.accessToken(REGION_ADMIN)).build();
        return send(DOWNLOADS, request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> cellTexts(byte[] xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(
                    cell.getCellType() == CellType.NUMERIC ? new BigDecimal(Double.toString(cell.getNumericCellValue()))
                            .stripTrailingZeros().toPlainString() : formatter.formatCellValue(cell)))));
        }
        return texts;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A list endpoint of each service. */
    private static String listPath(PantauService service) {
        return switch (service) {
            case INNOVATION -> "/api/v1/innovations";
            case MONITORING -> "/api/v1/measurements";
            case NOTIFICATION -> "/api/v1/alerts";
            case REPORTING -> "/api/v1/reports/action-plan?region=" + REGION;
        };
    }

    private static List<String> ids(JsonNode page) {
        return page.get("content").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static JsonNode innovationOf(JsonNode innovations, String opdCode) {
        return innovations.get("content").valueStream()
                .filter(row -> row.get("opdCode").asString().equals(opdCode)).findFirst().orElseThrow();
    }

    private static JsonNode openAlert(String indicatorId) {
        return alertInState(indicatorId, "OPEN");
    }

    private static JsonNode alertInState(String indicatorId, String state) {
        JsonNode alerts = notification(INSPECTOR)
                .get("/api/v1/alerts?region=" + REGION + "&state=" + state + "&size=100").json();
        if (alerts == null || !alerts.has("content")) {
            return null;
        }
        return alerts.get("content").valueStream()
                .filter(alert -> alert.get("indicatorId").asString().equals(indicatorId)).findFirst().orElse(null);
    }

    /** The {@code count}-th mail to the address whose subject names the indicator, or null. */
    private static WebhookReceiver.Received webhookMessage(String type, String alertId) {
        return webhook.received().stream().filter(message -> isAbout(message, type, alertId)).findFirst().orElse(null);
    }

    private static boolean isAbout(WebhookReceiver.Received message, String type, String alertId) {
        JsonNode body = PantauJson.mapper().readTree(message.body());
        return body.get("type").asString().equals(type) && body.at("/data/alertId").asString().equals(alertId);
    }

    /** Verified as the receiving end would, with the Standard Webhooks library and the secret it was given. */
    private static void assertSigned(WebhookReceiver.Received message) {
        assertThatCode(() -> new Webhook(webhookSecret).verify(message.body(), message.headers()))
                .doesNotThrowAnyException();
    }

    private static JsonNode mailTo(String address, String indicatorName, int count) {
        List<JsonNode> matching = new ArrayList<>();
        mail.get("/api/messages").json().valueStream()
                .filter(message -> message.get("to").toString().contains(address))
                .filter(message -> message.get("subject").asString().contains(indicatorName))
                .forEach(matching::add);
        return matching.size() >= count ? matching.get(count - 1) : null;
    }

    private static JsonNode actionPlanRow(String innovationId) {
        JsonNode report = reporting(VIEWER).get("/api/v1/reports/action-plan?region=" + REGION).json();
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
        return await(probe, found -> found != null);
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> found) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .ignoreException(UncheckedIOException.class)
                .until(probe::get, found);
    }
}
