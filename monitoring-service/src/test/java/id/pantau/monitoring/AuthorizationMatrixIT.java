package id.pantau.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.monitoring.compliance.ReportingCompliance;
import id.pantau.testing.ApiClient;
import id.pantau.testing.AuthorizationMatrix;
import id.pantau.testing.EventSender;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint × every role × own region / other region / other province (and own / other OPD for
 * submissions), from {@code authorization-matrix.txt}. The indicators arrive as innovation-service's events,
 * as in production, and each target gets one measurement before the matrix runs.
 */
@UseEmbeddedInfrastructure
// a consumer group of its own: the other ITs' contexts stay alive in this JVM and would take part of the events
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.stream.bindings.innovationEvents-in-0.group=monitoring-service-matrix",
                "pantau.monitoring.review-cron=-"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load("authorization-matrix.txt");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String KOTA_BANDUNG = "32.73";
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final Map<String, TestCaller> CALLERS = Map.of(
            "PROVINCE_ADMIN", TestCaller.provinceAdmin("32"),
            "REGION_ADMIN", TestCaller.regionAdmin(KOTA_BANDUNG),
            "OPD_OPERATOR", TestCaller.opdOperator(KOTA_BANDUNG, PTSP),
            "OTHER_OPD_OPERATOR", TestCaller.opdOperator(KOTA_BANDUNG, DISKOMINFO),
            "INSPECTOR", TestCaller.inspector(KOTA_BANDUNG),
            "VERIFIER", TestCaller.verifier(KOTA_BANDUNG),
            "VIEWER", TestCaller.viewer(KOTA_BANDUNG));

    /** An indicator of a target, with the measurement seeded for it. */
    private record Fixture(InnovationRegistered innovation, String measurementId) {

        String indicatorId() {
            return innovation.indicators().get(0).indicatorId();
        }
    }

    /** Each submission takes the next month, so every accepted cell writes a measurement of its own. */
    private final AtomicInteger months = new AtomicInteger();
    private final Map<String, Fixture> fixtures = new LinkedHashMap<>();

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @BeforeAll
    void seed() {
        Map<String, InnovationRegistered> innovations = new LinkedHashMap<>();
        innovations.put("own-opd", innovation(KOTA_BANDUNG, PTSP));
        innovations.put("other-opd", innovation(KOTA_BANDUNG, INSPEKTORAT));
        // the same OPD code as the operator's, in another region: an OPD code binds only within its region
        innovations.put("other-region", innovation("32.04", PTSP));
        innovations.put("other-province", innovation("33.74", PTSP));
        try (EventSender innovationEvents = EventSender.to(kafka)) {
            innovations.values().forEach(innovationEvents::send);
        }
        innovations.forEach((target, innovation) -> {
            ApiClient writer = api().as(TestCaller.provinceAdmin(innovation.regionCode().substring(0, 2)));
            String indicator = innovation.indicators().get(0).indicatorId();
            Awaitility.await().atMost(PATIENCE)
                    .until(() -> writer.get("/api/v1/indicators/" + indicator + "/status").status() == 200);
            ApiClient.Response seeded = writer.post("/api/v1/measurements", submission(innovation));
            assertThat(seeded.status()).as(seeded.body()).isEqualTo(201);
            fixtures.put(target, new Fixture(innovation, seeded.json().get("id").asString()));
        });
        fixtures.put("own-region", fixtures.get("own-opd"));
    }

    @Test
    void everyEndpointIsInTheTable(@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        MATRIX.assertCovers(mappings);
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        return MATRIX.tests(api(), CALLERS, this::request);
    }

    @Test
    void listsHoldOnlyTheMeasurementsOfRegionsTheCallerReads() {
        CALLERS.forEach((role, caller) -> {
            for (String target : List.of("own-region", "other-region", "other-province")) {
                boolean readable = target.equals("own-region") || target.equals("other-region") && role.equals("PROVINCE_ADMIN");
                long listed = api().as(caller).get("/api/v1/measurements?indicatorId=" + fixture(target).indicatorId())
                        .json().get("totalElements").asLong();
                assertThat(listed > 0).as(role + " lists the measurements of " + target).isEqualTo(readable);
            }
        });
    }

    @Test
    void complianceHoldsOnlyTheRegionsTheCallerReads(@Autowired ReportingCompliance compliance) {
        compliance.review(Instant.parse("2020-06-01T00:00:00Z"));
        CALLERS.forEach((role, caller) -> {
            JsonNode opds = api().as(caller).get("/api/v1/compliance").json().get("opds");
            List<String> regions = opds.valueStream().map(opd -> opd.get("regionCode").asString()).distinct().toList();
            assertThat(regions).as(role).containsExactlyInAnyOrderElementsOf(role.equals("PROVINCE_ADMIN")
                    ? List.of(KOTA_BANDUNG, "32.04") : List.of(KOTA_BANDUNG));
        });
    }

    @Test
    void batchRowsAreAcceptedOnlyWhereTheCallerMaySubmit() {
        Map<String, List<String>> accepted = Map.of(
                "PROVINCE_ADMIN", List.of("own-opd", "other-opd", "other-region"),
                "REGION_ADMIN", List.of("own-opd", "other-opd"),
                "OPD_OPERATOR", List.of("own-opd"),
                "OTHER_OPD_OPERATOR", List.of());
        accepted.forEach((role, targets) -> {
            List<String> all = List.of("own-opd", "other-opd", "other-region", "other-province");
            JsonNode receipt = api().as(CALLERS.get(role)).post("/api/v1/measurements/batch",
                    all.stream().map(target -> submission(fixture(target).innovation())).toList()).json();
            for (int i = 0; i < all.size(); i++) {
                assertThat(receipt.at("/rows/" + i + "/outcome").asString()).as(role + " submits for " + all.get(i))
                        .isEqualTo(targets.contains(all.get(i)) ? "ACCEPTED" : "REFUSED");
            }
        });
    }

    private AuthorizationMatrix.Request request(String endpoint, String target, String role) {
        return switch (endpoint) {
            case "POST /api/v1/measurements" ->
                    new AuthorizationMatrix.Request("/api/v1/measurements", submission(fixture(target).innovation()));
            case "POST /api/v1/measurements/batch" ->
                    new AuthorizationMatrix.Request("/api/v1/measurements/batch", List.of(submission(fixture(target).innovation())));
            case "PUT /api/v1/measurements/{id}" -> new AuthorizationMatrix.Request(
                    "/api/v1/measurements/" + fixture(target).measurementId(), Map.of("value", 8, "reason", "Koreksi"));
            case "GET /api/v1/measurements" ->
                    AuthorizationMatrix.Request.of("/api/v1/measurements?indicatorId=" + fixture(target).indicatorId());
            case "GET /api/v1/measurements/{id}" ->
                    AuthorizationMatrix.Request.of("/api/v1/measurements/" + fixture(target).measurementId());
            case "GET /api/v1/indicators/{id}/status" ->
                    AuthorizationMatrix.Request.of("/api/v1/indicators/" + fixture(target).indicatorId() + "/status");
            case "GET /api/v1/compliance" -> AuthorizationMatrix.Request.of(
                    "/api/v1/compliance?region=" + fixture(target).innovation().regionCode());
            case "GET /api/v1/status" -> AuthorizationMatrix.Request.of(
                    "/api/v1/status?region=" + fixture(target).innovation().regionCode());
            case "GET /api/v1/settings/{regionCode}" -> AuthorizationMatrix.Request.of(
                    "/api/v1/settings/" + fixture(target).innovation().regionCode());
            case "PUT /api/v1/settings/{regionCode}" -> new AuthorizationMatrix.Request(
                    "/api/v1/settings/" + fixture(target).innovation().regionCode(),
                    Map.of("evidenceRequired", false, "reason", "Matriks otorisasi"));
            case "GET /api/v1/audit" ->
                    AuthorizationMatrix.Request.of("/api/v1/audit?entity=measurement&id=" + fixture(target).measurementId());
            case "GET /api/v1/audit/verification" -> AuthorizationMatrix.Request.of("/api/v1/audit/verification");
            default -> throw new IllegalArgumentException("no request for " + endpoint);
        };
    }

    private Fixture fixture(String target) {
        Fixture fixture = fixtures.get(target);
        if (fixture == null) {
            throw new IllegalArgumentException("no fixture for target " + target);
        }
        return fixture;
    }

    private Map<String, Object> submission(InnovationRegistered innovation) {
        String period = YearMonth.from(START).plusMonths(months.getAndIncrement()).toString();
        return Map.of("innovationId", innovation.innovationId(),
                "indicatorId", innovation.indicators().get(0).indicatorId(), "period", period, "value", 9);
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** One monthly trend indicator with a life long enough for a fresh period per submission. */
    private static InnovationRegistered innovation(String regionCode, String opdCode) {
        String id = "inn-" + UUID.randomUUID();
        LocalDate end = LocalDate.of(2040, 12, 31);
        return new InnovationRegistered(id, regionCode, opdCode, "OPD " + opdCode, "Layanan perizinan online",
                "Layanan lambat", "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, InnovationStage.INISIATIF,
                START, end, List.of(new IndicatorDefinition(id + "-time", "Waktu layanan", IndicatorKind.TREND, "hari",
                        Polarity.LOWER_IS_BETTER, new BigDecimal("10"), new BigDecimal("5"), end,
                        ReportingFrequency.MONTHLY)), Instant.now());
    }
}
