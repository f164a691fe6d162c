package id.pantau.monitoring;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.IndicatorAdded;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.IndicatorMeasured;
import id.pantau.events.IndicatorRetired;
import id.pantau.events.IndicatorTargetRevised;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.InnovationStageChanged;
import id.pantau.events.PantauEvent;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import id.pantau.events.RegionLevel;
import id.pantau.events.RegionRegistered;
import id.pantau.events.ReportDueSoon;
import id.pantau.events.ReportOverdue;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import id.pantau.monitoring.compliance.ReportingCompliance;
import id.pantau.monitoring.judging.MissedDeadlines;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import id.pantau.testing.EventSender;
import id.pantau.testing.TestCaller;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
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
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * monitoring-service as its neighbours see it: innovation events in on {@code innovation-events}, measurements
 * through the HTTP API, judgements out on {@code monitoring-events}. Run by {@link MonitoringIT} on the local
 * engines and by {@link MonitoringContainersIT} on Testcontainers where Docker runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pantau.monitoring.rejudge-interval=500ms",
        "pantau.monitoring.regions[35.07].tolerance=0.30",
        "pantau.monitoring.regions[35.07].evidence-required=true",
        // the tests review report states at the instants they choose
        "pantau.monitoring.review-cron=-"})
abstract class AbstractMonitoringIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";

    private static EventProbe monitoringEvents;
    private static EventSender innovationEvents;

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReportingCompliance compliance;

    @Autowired
    MissedDeadlines deadlines;

    @BeforeEach
    void connect() {
        if (monitoringEvents == null) {
            monitoringEvents = EventProbe.on(kafka, "monitoring-events");
            innovationEvents = EventSender.to(kafka);
        }
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        monitoringEvents.close();
        monitoringEvents = null;
        innovationEvents.close();
    }

    @Test
    void anInnovationDeliveredTwiceBuildsOneReadModelEntryPerIndicatorAndTakesTargetRevisions() {
        InnovationRegistered innovation = innovation("32.73");
        String eventId = UUID.randomUUID().toString();
        String serviceTime = indicatorId(innovation, "time");

        innovationEvents.send(innovation, eventId);
        innovationEvents.send(innovation, eventId);
        innovationEvents.send(innovation);
        innovationEvents.send(new IndicatorTargetRevised(innovation.innovationId(), "32.73", innovation.opdCode(), serviceTime,
                new BigDecimal("5"), new BigDecimal("4"), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
                "Revisi tengah tahun", "bappeda", Instant.now()));

        JsonNode status = Awaitility.await().atMost(PATIENCE).until(() -> reader().get(statusOf(serviceTime)),
                response -> response.status() == 200 && response.json().at("/indicator/target").decimalValue()
                        .compareTo(new BigDecimal("4")) == 0).json();
        assertThat(mongo.count(Query.query(Criteria.where("innovationId").is(innovation.innovationId())), "indicators"))
                .isEqualTo(innovation.indicators().size());
        assertThat(status.at("/indicator/deadline").asString()).isEqualTo("2026-09-30");
        assertThat(status.at("/indicator/baseline").decimalValue()).isEqualByComparingTo("10");
        assertThat(status.at("/indicator/name").asString()).isEqualTo("Waktu layanan");
        assertThat(status.at("/indicator/kind").asString()).isEqualTo("TREND");
        assertThat(status.at("/indicator/unit").asString()).isEqualTo("hari");
        assertThat(status.at("/indicator/polarity").asString()).isEqualTo("LOWER_IS_BETTER");
        assertThat(status.at("/indicator/frequency").asString()).isEqualTo("MONTHLY");
        assertThat(status.at("/indicator/startDate").asString()).isEqualTo("2026-01-01");
        assertThat(status.at("/indicator/innovationId").asString()).isEqualTo(innovation.innovationId());
        assertThat(status.at("/indicator/innovationTitle").asString()).isEqualTo(innovation.title());
        assertThat(status.at("/indicator/opdName").asString()).isEqualTo("Dinas PTSP");
        assertThat(status.at("/health").asString()).isEqualTo("NO_DATA");
        assertThat(status.has("period")).isFalse();
    }

    @Test
    void theWorkedExampleSlipsRedInJanuaryStaysSilentInFebruaryAndRecoversInMarch() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "time");

        ApiClient.Response january = submit(innovation, indicator, "2026-01", "10");
        ApiClient.Response february = submit(innovation, indicator, "2026-02", "10");
        ApiClient.Response march = submit(innovation, indicator, "2026-03", "7");

        String januaryId = january.json().get("id").asString();
        assertThat(january.status()).isEqualTo(201);
        assertThat(january.header("Location")).isEqualTo("/api/v1/measurements/" + januaryId);
        assertThat(january.json().get("submittedBy").asString()).isEqualTo(operatorOf(innovation).subject());
        assertThat(january.json().at("/status/expected").decimalValue()).isEqualByComparingTo("9.1667");
        assertThat(january.json().at("/status/progressRatio").decimalValue()).isEqualByComparingTo("0");
        assertThat(january.json().at("/status/slip/severity").asString()).isEqualTo("RED");
        assertThat(january.json().at("/status/slip/rule").asString()).isEqualTo("BEHIND_TRAJECTORY");
        assertThat(january.json().at("/status/health").asString()).isEqualTo("AT_RISK");
        assertThat(february.json().at("/status/slip/severity").asString()).isEqualTo("RED");
        assertThat(february.json().at("/status/slip/since")).isEqualTo(january.json().at("/status/slip/since"));
        assertThat(march.json().at("/status/expected").decimalValue()).isEqualByComparingTo("7.5278");
        assertThat(march.json().at("/status/progressRatio").decimalValue()).isEqualByComparingTo("1.2135");
        assertThat(march.json().at("/status/capaian").decimalValue()).isEqualByComparingTo("107.01");
        assertThat(march.json().at("/status/health").asString()).isEqualTo("ON_TRACK");
        assertThat(march.json().at("/status/slip").isMissingNode()).isTrue();

        TargetRecovered recovered = monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(indicator));
        assertThat(recovered.period()).isEqualTo("2026-03");
        assertThat(recovered.rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
        assertThat(recovered.progressRatio()).isEqualByComparingTo("1.2135");
        List<TargetSlipped> slipped = events(TargetSlipped.class, indicator);
        assertThat(slipped).singleElement().satisfies(slip -> {
            assertThat(slip.severity()).isEqualTo(Severity.RED);
            assertThat(slip.rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
            assertThat(slip.period()).isEqualTo("2026-01");
            assertThat(slip.expected()).isEqualByComparingTo("9.1667");
            assertThat(slip.actual()).isEqualByComparingTo("10");
            assertThat(slip.indicatorName()).isEqualTo("Waktu layanan");
        });
        assertThat(events(TargetRecovered.class, indicator)).hasSize(1);
        assertThat(events(IndicatorMeasured.class, indicator)).extracting(IndicatorMeasured::period)
                .containsExactly("2026-01", "2026-02", "2026-03");
        // each measurement carries the judgement of its period, so readers show monitoring's numbers
        IndicatorMeasured measuredInMarch = events(IndicatorMeasured.class, indicator).get(2);
        assertThat(measuredInMarch.expected()).isEqualByComparingTo("7.5278");
        assertThat(measuredInMarch.progressRatio()).isEqualByComparingTo("1.2135");
        assertThat(measuredInMarch.capaian()).isEqualByComparingTo("107.01");
        assertThat(measuredInMarch.health()).isEqualTo(IndicatorHealth.ON_TRACK);
        assertThat(events(IndicatorMeasured.class, indicator).get(0).health()).isEqualTo(IndicatorHealth.AT_RISK);
        assertThat(monitoringEvents.recorded()).filteredOn(r -> r.event() != null && indicatorOf(r.event()).equals(indicator))
                .allSatisfy(record -> {
                    assertThat(record.key()).isEqualTo(innovation.innovationId());
                    assertThat(record.subject()).isEqualTo(innovation.innovationId());
                    assertThat(record.headers()).containsEntry("ce_source", "/pantau/monitoring-service");
                });

        JsonNode status = reader().get(statusOf(indicator)).json();
        assertThat(status.get("period").asString()).isEqualTo("2026-03");
        assertThat(status.get("actual").decimalValue()).isEqualByComparingTo("7");
        assertThat(status.get("health").asString()).isEqualTo("ON_TRACK");
        // the series for charts: every period of the indicator's life, expected and measured
        assertThat(status.get("series").findValuesAsString("period"))
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(status.at("/series/0/expected").decimalValue()).isEqualByComparingTo("9.1667");
        assertThat(status.at("/series/0/actual").decimalValue()).isEqualByComparingTo("10");
        assertThat(status.at("/series/5/expected").decimalValue()).isEqualByComparingTo("5");
        assertThat(status.at("/series/5/actual").isMissingNode()).isTrue();
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(mongo.exists(pendingOutbox("indicatorId", indicator), "measurements")).isFalse();
            assertThat(mongo.exists(pendingOutbox("_id", indicator), "indicator_status")).isFalse();
        });
    }

    @Test
    void measurementsAreListedLatestPeriodFirstInPagesAndReadOneByOne() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "time");
        submit(innovation, indicator, "2026-01", "9.5");
        submit(innovation, indicator, "2026-03", "8");
        String february = submit(innovation, indicator, "2026-02", "9").json().get("id").asString();

        JsonNode firstPage = reader().get("/api/v1/measurements?indicatorId=" + indicator + "&size=2").json();
        JsonNode secondPage = reader().get("/api/v1/measurements?indicatorId=" + indicator + "&size=2&page=1").json();
        ApiClient.Response one = reader().get("/api/v1/measurements/" + february);

        assertThat(firstPage.get("totalElements").asLong()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.get("size").asInt()).isEqualTo(2);
        assertThat(firstPage.get("content").findValuesAsString("period")).containsExactly("2026-03", "2026-02");
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("content").findValuesAsString("period")).containsExactly("2026-01");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("value").decimalValue()).isEqualByComparingTo("9");
        assertThat(one.json().get("indicatorId").asString()).isEqualTo(indicator);
        assertThat(one.json().has("outbox")).isFalse();
        assertProblem(reader().get("/api/v1/measurements/nothing-here"), 404, "measurement-not-found");
        assertProblem(reader().get(statusOf("nothing-here")), 404, "indicator-not-found");
        assertProblem(reader().get("/api/v1/measurements?size=500"), 400, "validation-failed");
    }

    @Test
    void theApiIsDescribedByItsOpenApiDocument() {
        JsonNode paths = reader().get("/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/v1/measurements")).isTrue();
        assertThat(paths.has("/api/v1/measurements/{id}")).isTrue();
        assertThat(paths.has("/api/v1/indicators/{id}/status")).isTrue();
        assertThat(paths.has("/api/v1/measurements/batch")).isTrue();
        assertThat(paths.at("/~1api~1v1~1measurements~1batch/post/requestBody/content").has("text/csv")).isTrue();
        assertThat(paths.at("/~1api~1v1~1measurements~1{id}").has("put")).isTrue();
        assertThat(paths.has("/api/v1/status")).isTrue();
        assertThat(paths.has("/api/v1/compliance")).isTrue();
        assertThat(paths.has("/api/v1/settings/{regionCode}")).isTrue();
    }

    @Test
    void aLateMeasurementForAnEarlierPeriodDoesNotFlipTheCurrentState() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "time");

        submit(innovation, indicator, "2026-03", "7");
        ApiClient.Response lateJanuary = submit(innovation, indicator, "2026-01", "10");
        String april = submit(innovation, indicator, "2026-04", "6.5").json().get("id").asString();

        assertThat(lateJanuary.status()).isEqualTo(201);
        assertThat(lateJanuary.json().at("/status/period").asString()).isEqualTo("2026-03");
        assertThat(lateJanuary.json().at("/status/slip").isMissingNode()).isTrue();
        monitoringEvents.await(IndicatorMeasured.class, measured -> measured.measurementId().equals(april));
        assertThat(events(TargetSlipped.class, indicator)).isEmpty();
        assertThat(reader().get(statusOf(indicator)).json().get("period").asString()).isEqualTo("2026-04");
    }

    @Test
    void aFlowIsJudgedByItsRunningTotalAndACorrectedEarlierMonthMovesIt() {
        InnovationRegistered innovation = registered(flow("32.73"));
        String users = indicatorId(innovation, "users");

        String januaryId = submit(innovation, users, "2026-01", "100").json().get("id").asString();
        JsonNode february = submit(innovation, users, "2026-02", "60").json();
        JsonNode march = submit(innovation, users, "2026-03", "140").json();

        // 160 of the 1,200 · 58/364 users expected by 28 February: ρ 0.8368, below 1 − τ
        assertThat(february.at("/status/actual").decimalValue()).isEqualByComparingTo("160");
        assertThat(february.at("/status/periodValue").decimalValue()).isEqualByComparingTo("60");
        assertThat(february.at("/status/cumulative").decimalValue()).isEqualByComparingTo("160");
        assertThat(february.at("/status/expected").decimalValue()).isEqualByComparingTo("191.2088");
        assertThat(february.at("/status/progressRatio").decimalValue()).isEqualByComparingTo("0.8368");
        assertThat(february.at("/status/capaian").decimalValue()).isEqualByComparingTo("83.68");
        assertThat(february.at("/status/health").asString()).isEqualTo("AT_RISK");
        assertThat(february.at("/status/slip/severity").asString()).isEqualTo("AMBER");
        assertThat(march.at("/status/actual").decimalValue()).isEqualByComparingTo("300");
        assertThat(march.at("/status/progressRatio").decimalValue()).isEqualByComparingTo("1.0225");
        assertThat(march.at("/status/health").asString()).isEqualTo("ON_TRACK");
        assertThat(march.at("/status/slip").isMissingNode()).isTrue();

        TargetRecovered recovered = monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(users));
        assertThat(recovered.period()).isEqualTo("2026-03");
        assertThat(events(TargetSlipped.class, users)).singleElement().satisfies(slip -> {
            assertThat(slip.severity()).isEqualTo(Severity.AMBER);
            assertThat(slip.period()).isEqualTo("2026-02");
            assertThat(slip.actual()).isEqualByComparingTo("160");
            assertThat(slip.expected()).isEqualByComparingTo("191.2088");
        });
        // each measurement announces its own value with the judgement of the running total through its period
        IndicatorMeasured measuredInFebruary = events(users, "2026-02");
        assertThat(measuredInFebruary.value()).isEqualByComparingTo("60");
        assertThat(measuredInFebruary.expected()).isEqualByComparingTo("191.2088");
        assertThat(measuredInFebruary.progressRatio()).isEqualByComparingTo("0.8368");
        assertThat(measuredInFebruary.capaian()).isEqualByComparingTo("83.68");
        assertThat(measuredInFebruary.health()).isEqualTo(IndicatorHealth.AT_RISK);
        assertThat(events(users, "2026-03").progressRatio()).isEqualByComparingTo("1.0225");

        JsonNode status = reader().get(statusOf(users)).json();
        assertThat(status.at("/indicator/aggregation").asString()).isEqualTo("SUM");
        assertThat(status.get("period").asString()).isEqualTo("2026-03");
        assertThat(status.get("actual").decimalValue()).isEqualByComparingTo("300");
        assertThat(status.get("periodValue").decimalValue()).isEqualByComparingTo("140");
        assertThat(status.get("cumulative").decimalValue()).isEqualByComparingTo("300");
        assertThat(status.get("series")).hasSize(12);
        assertThat(status.get("series").findValuesAsString("period")).startsWith("2026-01", "2026-02", "2026-03");
        assertThat(status.at("/series/1/expected").decimalValue()).isEqualByComparingTo("191.2088");
        assertThat(status.at("/series/1/actual").decimalValue()).isEqualByComparingTo("160");
        assertThat(status.at("/series/1/value").decimalValue()).isEqualByComparingTo("60");
        assertThat(status.at("/series/2/actual").decimalValue()).isEqualByComparingTo("300");
        assertThat(status.at("/series/3/actual").isMissingNode()).isTrue();
        assertThat(status.at("/series/11/expected").decimalValue()).isEqualByComparingTo("1200");

        // January was 40, not 100: March's running total falls to 240, ρ 0.8180, and the indicator slips again
        ApiClient.Response corrected = as(operatorOf(innovation)).put("/api/v1/measurements/" + januaryId,
                Map.of("value", 40, "reason", "Salah hitung"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().at("/status/period").asString()).isEqualTo("2026-03");
        assertThat(corrected.json().at("/status/actual").decimalValue()).isEqualByComparingTo("240");
        assertThat(corrected.json().at("/status/progressRatio").decimalValue()).isEqualByComparingTo("0.8180");
        assertThat(corrected.json().at("/status/slip/severity").asString()).isEqualTo("AMBER");
        TargetSlipped again = monitoringEvents.await(TargetSlipped.class,
                e -> e.indicatorId().equals(users) && e.period().equals("2026-03"));
        assertThat(again.actual()).isEqualByComparingTo("240");
        assertThat(events(TargetSlipped.class, users)).extracting(TargetSlipped::period)
                .containsExactly("2026-02", "2026-03");
        IndicatorMeasured correction = monitoringEvents.await(IndicatorMeasured.class,
                e -> e.measurementId().equals(januaryId) && e.value().compareTo(new BigDecimal("40")) == 0);
        assertThat(correction.progressRatio()).isEqualByComparingTo("0.4044");
    }

    @Test
    void aLateEarlierMonthInABatchMovesAFlowsRunningTotalThroughItsLatestMonth() {
        InnovationRegistered innovation = registered(flow("32.73"));
        String users = indicatorId(innovation, "users");
        submit(innovation, users, "2026-01", "100");
        JsonNode march = submit(innovation, users, "2026-03", "120").json();
        assertThat(march.at("/status/actual").decimalValue()).isEqualByComparingTo("220");
        assertThat(march.at("/status/slip/severity").asString()).isEqualTo("RED");

        ApiClient.Response batch = as(operatorOf(innovation)).post("/api/v1/measurements/batch",
                List.of(row(innovation.innovationId(), users, "2026-02", 80)));

        assertThat(batch.json().get("accepted").asInt()).as(batch.body()).isEqualTo(1);
        JsonNode status = reader().get(statusOf(users)).json();
        assertThat(status.get("period").asString()).isEqualTo("2026-03");
        assertThat(status.get("actual").decimalValue()).isEqualByComparingTo("300");
        assertThat(status.get("periodValue").decimalValue()).isEqualByComparingTo("120");
        assertThat(status.get("progressRatio").decimalValue()).isEqualByComparingTo("1.0225");
        assertThat(status.has("slip")).isFalse();
        assertThat(monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(users)).period())
                .isEqualTo("2026-03");
        assertThat(events(users, "2026-02").expected()).isEqualByComparingTo("191.2088");
        assertThat(events(users, "2026-02").progressRatio()).isEqualByComparingTo("0.9414");
    }

    @Test
    void aBoundBreachSlipsRedAndALaterPeriodWithinTheLimitRecovers() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "response");

        ApiClient.Response breached = submit(innovation, indicator, "2026-02", "3");
        ApiClient.Response stillBreached = submit(innovation, indicator, "2026-03", "2.5");
        ApiClient.Response respected = submit(innovation, indicator, "2026-04", "1.5");

        assertThat(breached.json().at("/status/slip/rule").asString()).isEqualTo("BOUND_BREACHED");
        assertThat(stillBreached.json().at("/status/slip/rule").asString()).isEqualTo("BOUND_BREACHED");
        assertThat(respected.json().at("/status/health").asString()).isEqualTo("ON_TRACK");
        monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(indicator));
        assertThat(events(TargetSlipped.class, indicator)).singleElement()
                .satisfies(slip -> assertThat(slip.rule()).isEqualTo(SlipRule.BOUND_BREACHED));
    }

    @Test
    void aRegionsOwnToleranceDecidesWhetherAnIndicatorSlips() {
        InnovationRegistered strict = registered("32.73");
        InnovationRegistered lenient = registered("35.07");

        ApiClient.Response behindInStrict = submit(strict, indicatorId(strict, "time"), "2026-03", "8");
        ApiClient.Response behindInLenient = submit(lenient, indicatorId(lenient, "time"), "2026-03", "8");

        assertThat(behindInStrict.json().at("/status/progressRatio").decimalValue()).isEqualByComparingTo("0.8090");
        assertThat(behindInStrict.json().at("/status/slip/severity").asString()).isEqualTo("AMBER");
        assertThat(behindInLenient.json().at("/status/slip").isMissingNode()).isTrue();
    }

    @Test
    void everyBadInputIsRefusedWithItsProblemAndNothingIsWrittenOrPublished() {
        InnovationRegistered innovation = registered("32.73");
        InnovationRegistered other = registered("32.73");
        String time = indicatorId(innovation, "time");
        String coverage = indicatorId(innovation, "coverage");
        String milestone = indicatorId(innovation, "data");
        String id = innovation.innovationId();
        SoftAssertions softly = new SoftAssertions();

        refused(softly, body(id, time, "2026-03", null, null), 400, "validation-failed", "value");
        refused(softly, "{\"innovationId\":\"" + id + "\",\"indicatorId\":\"" + time
                + "\",\"period\":\"2026-03\",\"value\":\"sembilan\"}", 400, "validation-failed", "value");
        refused(softly, "{\"innovationId\": ", 400, "malformed-body", null);
        refused(softly, body(id, "", "2026-03", "9", null), 400, "validation-failed", "indicatorId");
        refused(softly, body(id, "not-registered-yet", "2026-03", "9", null), 422, "unknown-indicator", "indicatorId");
        refused(softly, body(other.innovationId(), time, "2026-03", "9", null), 400, "validation-failed", "innovationId");
        refused(softly, body(id, time, "2026-Q1", "9", null), 400, "validation-failed", "period");
        refused(softly, body(id, milestone, "2026-03", "1", null), 400, "validation-failed", "period");
        refused(softly, body(id, time, "2025-12", "9", null), 400, "validation-failed", "period");
        refused(softly, body(id, time, "2026-07", "9", null), 400, "validation-failed", "period");
        refused(softly, body(id, milestone, "2026-Q1", "0.5", null), 400, "validation-failed", "value");
        refused(softly, body(id, coverage, "2026-03", "120", null), 400, "validation-failed", "value");
        refused(softly, body(id, time, "2026-03", "9", "ftp://dokumen.go.id/bukti.pdf"), 400, "validation-failed",
                "evidenceUrl");
        softly.assertAll();

        assertThat(mongo.count(Query.query(Criteria.where("innovationId").is(id)), "measurements")).isZero();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").in(time, coverage, milestone)), "indicator_status"))
                .isFalse();
        String marker = submit(innovation, coverage, "2026-03", "50").json().get("id").asString();
        monitoringEvents.await(IndicatorMeasured.class, measured -> measured.measurementId().equals(marker));
        assertThat(monitoringEvents.recorded()).filteredOn(r -> id.equals(r.key())).extracting(r -> r.event())
                .singleElement().isInstanceOf(IndicatorMeasured.class);
    }

    @Test
    void anUnknownIndicatorSaysItMayNotHaveArrivedYetInTheCallersLanguage() {
        String body = body("inn-x", "ind-x", "2026-03", "9", null);

        ApiClient.Response indonesian = operator().post("/api/v1/measurements", body);
        ApiClient.Response english = operator().post("/api/v1/measurements", body, "Accept-Language", "en");

        assertThat(indonesian.json().get("title").asString()).isEqualTo("Indikator belum dikenal");
        assertThat(indonesian.json().at("/errors/0/message").asString()).contains("ind-x").contains("coba lagi");
        assertThat(english.json().get("title").asString()).isEqualTo("Unknown indicator");
        assertThat(english.json().at("/errors/0/message").asString()).contains("may not have reached");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredAgainAndChangesNothing() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "response");
        String body = body(innovation.innovationId(), indicator, "2026-02", "3", "https://dokumen.go.id/aduan.pdf");
        String key = UUID.randomUUID().toString();

        ApiClient.Response first = operator().post("/api/v1/measurements", body, "Idempotency-Key", key);
        ApiClient.Response retry = operator().post("/api/v1/measurements", body, "Idempotency-Key", key);
        ApiClient.Response sameKeyOtherBody = operator().post("/api/v1/measurements", body.replace("\"value\":3", "\"value\":4"),
                "Idempotency-Key", key);
        ApiClient.Response withoutKey = operator().post("/api/v1/measurements", body);
        ApiClient.Response otherKey = operator().post("/api/v1/measurements", body, "Idempotency-Key", key + "-2");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertProblem(sameKeyOtherBody, 422, "idempotency-key-reused");
        assertProblem(withoutKey, 409, "measurement-exists");
        assertProblem(otherKey, 409, "measurement-exists");
        assertThat(mongo.count(Query.query(Criteria.where("indicatorId").is(indicator)), "measurements")).isEqualTo(1);

        String marker = submit(innovation, indicator, "2026-03", "1").json().get("id").asString();
        monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(indicator));
        assertThat(events(IndicatorMeasured.class, indicator)).extracting(IndicatorMeasured::measurementId)
                .containsExactly(first.json().get("id").asString(), marker);
        assertThat(events(TargetSlipped.class, indicator)).hasSize(1);
    }

    @Test
    void anOperatorOfKabupatenBandungNeitherSeesNorSubmitsForKotaBandungsIndicators() {
        InnovationRegistered kota = registered("32.73");
        InnovationRegistered kabupaten = registered("32.04");
        String kotaIndicator = indicatorId(kota, "time");
        String kotaMeasurement = submit(kota, kotaIndicator, "2026-01", "9.5").json().get("id").asString();
        String kabupatenMeasurement = submit(kabupaten, indicatorId(kabupaten, "time"), "2026-01", "9.5")
                .json().get("id").asString();
        // the same OPD code as Kota Bandung's PTSP: an OPD code binds only within its region
        ApiClient kabupatenOperator = as(operatorOf(kabupaten));

        assertProblem(kabupatenOperator.get("/api/v1/measurements/" + kotaMeasurement), 404, "measurement-not-found");
        assertProblem(kabupatenOperator.get(statusOf(kotaIndicator)), 404, "indicator-not-found");
        assertThat(kabupatenOperator.get("/api/v1/measurements?indicatorId=" + kotaIndicator).json()
                .get("totalElements").asLong()).isZero();
        JsonNode everything = kabupatenOperator.get("/api/v1/measurements?size=100").json().get("content");
        assertThat(everything.findValuesAsString("id")).contains(kabupatenMeasurement).doesNotContain(kotaMeasurement);
        assertThat(everything.findValuesAsString("regionCode")).containsOnly("32.04");
        ApiClient.Response refused = kabupatenOperator.post("/api/v1/measurements",
                body(kota.innovationId(), kotaIndicator, "2026-02", "9", null), "Accept-Language", "en");
        ApiClient.Response unknown = kabupatenOperator.post("/api/v1/measurements",
                body(kota.innovationId(), kotaIndicator + "-never-registered", "2026-02", "9", null), "Accept-Language", "en");
        assertProblem(refused, 422, "unknown-indicator");
        assertThat(refused.json().get("title")).isEqualTo(unknown.json().get("title"));
        assertThat(refused.json().at("/errors/0/field")).isEqualTo(unknown.json().at("/errors/0/field"));
        assertThat(mongo.count(Query.query(Criteria.where("indicatorId").is(kotaIndicator)), "measurements")).isEqualTo(1);
    }

    @Test
    void anOperatorReadsItsWholeRegionButSubmitsOnlyForItsOwnOpd() {
        InnovationRegistered ptsp = registered("32.73");
        String indicator = indicatorId(ptsp, "time");
        String measurement = submit(ptsp, indicator, "2026-01", "9.5").json().get("id").asString();
        ApiClient diskominfo = as(TestCaller.opdOperator("32.73", DISKOMINFO));

        assertThat(diskominfo.get("/api/v1/measurements/" + measurement).status()).isEqualTo(200);
        assertThat(diskominfo.get(statusOf(indicator)).json().get("period").asString()).isEqualTo("2026-01");
        assertProblem(diskominfo.post("/api/v1/measurements", body(ptsp.innovationId(), indicator, "2026-02", "9", null)),
                403, "out-of-scope");
        assertThat(as(TestCaller.regionAdmin("32.73")).post("/api/v1/measurements",
                body(ptsp.innovationId(), indicator, "2026-02", "9", null)).status()).isEqualTo(201);
    }

    @Test
    void anAcceptedSubmissionIsAuditedOnceWithTheCallersSubjectAndRetriesAddNothing() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "response");
        TestCaller operator = operatorOf(innovation);
        String body = body(innovation.innovationId(), indicator, "2026-02", "1.5", null);
        String key = UUID.randomUUID().toString();

        ApiClient.Response accepted = as(operator).post("/api/v1/measurements", body, "Idempotency-Key", key,
                "X-Request-Id", "req-" + key);
        ApiClient.Response replayed = as(operator).post("/api/v1/measurements", body, "Idempotency-Key", key);
        assertProblem(as(operator).post("/api/v1/measurements", body), 409, "measurement-exists");

        String id = accepted.json().get("id").asString();
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        Awaitility.await().atMost(PATIENCE).until(() -> !mongo.exists(Query.query(
                Criteria.where("_id").is(id).and("outbox.0").exists(true)), "measurements"));
        JsonNode records = as(TestCaller.inspector("32.73")).get("/api/v1/audit?entity=measurement&id=" + id)
                .json().get("content");
        assertThat(records).hasSize(1);
        JsonNode entry = records.get(0).get("entry");
        assertThat(entry.get("action").asString()).isEqualTo("submit");
        assertThat(entry.get("subject").asString()).isEqualTo(operator.subject());
        assertThat(entry.get("client").asString()).isEqualTo(operator.client());
        assertThat(entry.get("roles")).singleElement().extracting(JsonNode::asString).isEqualTo("OPD_OPERATOR");
        assertThat(entry.get("region").asString()).isEqualTo("32.73");
        assertThat(entry.get("opd").asString()).isEqualTo(PTSP);
        assertThat(entry.get("requestId").asString()).isEqualTo("req-" + key);
        assertThat(entry.has("beforeDigest")).as("a submission creates the measurement").isFalse();
        assertThat(entry.get("afterDigest").asString()).hasSize(64);
    }

    @Test
    void aMeasurementLeftUnjudgedByACrashIsJudgedOnTheSchedule() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "time");
        // what a crash between the measurement's write and its judgement leaves behind
        mongo.insert(new Document("_id", UUID.randomUUID().toString())
                .append("innovationId", innovation.innovationId()).append("indicatorId", indicator)
                .append("regionCode", "32.73").append("opdCode", innovation.opdCode()).append("period", "2026-01")
                .append("periodEnd", Date.from(LocalDate.of(2026, 1, 31).atStartOfDay(ZoneId.systemDefault()).toInstant()))
                .append("value", new Decimal128(new BigDecimal("10"))).append("submittedBy", operatorOf(innovation).subject())
                .append("measuredAt", new Date()).append("judged", false).append("outbox", List.of()), "measurements");

        TargetSlipped slipped = monitoringEvents.await(TargetSlipped.class, e -> e.indicatorId().equals(indicator));

        assertThat(slipped.severity()).isEqualTo(Severity.RED);
        assertThat(slipped.period()).isEqualTo("2026-01");
        assertThat(reader().get(statusOf(indicator)).json().at("/slip/rule").asString()).isEqualTo("BEHIND_TRAJECTORY");
        Awaitility.await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(
                Criteria.where("indicatorId").is(indicator).and("judged").is(true)), "measurements"));
    }

    @Test
    void aBatchAcceptsRefusesAndReportsDuplicatesRowByRowAndWritesOnlyTheAcceptedRows() {
        InnovationRegistered innovation = registered("32.73");
        InnovationRegistered otherOpd = registered(innovation("32.73", DISKOMINFO));
        InnovationRegistered otherRegion = registered("32.04");
        InnovationRegistered retiring = registered("32.73");
        String time = indicatorId(innovation, "time");
        String retired = indicatorId(retiring, "time");
        innovationEvents.send(new IndicatorRetired(retiring.innovationId(), "32.73", PTSP, retired, "Diganti indikator baru",
                "bappeda", Instant.now()));
        Awaitility.await().atMost(PATIENCE).until(() -> reader().get(statusOf(retired)).json().at("/indicator/retiredAt")
                .isString());
        String january = submit(innovation, time, "2026-01", "10").json().get("id").asString();
        String id = innovation.innovationId();

        ApiClient.Response response = operator().post("/api/v1/measurements/batch", List.of(
                row(id, time, "2026-01", 10),
                row(id, time, "2026-01", 9),
                row(id, time, "2026-02", 9.5),
                row(id, time, "2026-02", 9.5),
                row(id, time, "2026-03", "8,5"),
                row(id, time, "2026-03", 8),
                row(id, indicatorId(innovation, "data"), "2026-Q1", "selesai"),
                row(id, time, "2026-Q1", 9),
                row(id, time, "2026-08", 9),
                row(id, time, "2026-04", "sembilan"),
                row(id, indicatorId(innovation, "coverage"), "2026-02", 120),
                row(id, indicatorId(innovation, "response"), "2026-02", -1),
                row(otherOpd.innovationId(), indicatorId(otherOpd, "time"), "2026-02", 9),
                row(otherRegion.innovationId(), indicatorId(otherRegion, "time"), "2026-02", 9),
                row(retiring.innovationId(), retired, "2026-02", 9),
                row(id, "not-registered-yet", "2026-02", 9),
                Map.of("innovationId", id, "indicatorId", time, "period", "2026-05"),
                Map.of("innovationId", id, "indicatorId", indicatorId(innovation, "response"), "period", "2026-02",
                        "value", 1.5, "measuredAt", "2026-02-28T16:00:00+07:00")), "Accept-Language", "en");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode receipt = response.json();
        assertThat(receipt.get("rows").valueStream().map(r -> r.get("outcome").asString())).containsExactly(
                "DUPLICATE", "REFUSED", "ACCEPTED", "DUPLICATE", "ACCEPTED", "REFUSED", "ACCEPTED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "ACCEPTED");
        assertThat(receipt.get("rows").valueStream().map(r -> r.path("errors").path(0).path("code").asString("")))
                .containsExactly("", "period-measured", "", "", "", "period-twice-in-batch", "", "period-format",
                        "period-after-deadline", "value-type", "percentage-over-100", "negative-duration",
                        "indicator-not-writable", "indicator-unknown", "indicator-retired", "indicator-unknown",
                        "required", "");
        assertThat(receipt.get("received").asInt()).isEqualTo(18);
        assertThat(receipt.get("accepted").asInt()).isEqualTo(4);
        assertThat(receipt.get("duplicates").asInt()).isEqualTo(2);
        assertThat(receipt.get("refused").asInt()).isEqualTo(12);
        JsonNode rows = receipt.get("rows");
        assertThat(rows.get(0).get("measurementId").asString()).isEqualTo(january);
        assertThat(rows.get(3).get("measurementId")).isEqualTo(rows.get(2).get("measurementId"));
        assertThat(rows.get(1).at("/errors/0/message").asString()).contains("PUT /api/v1/measurements/" + january);
        assertThat(rows.get(5).at("/errors/0/message").asString()).contains("row 5");
        assertThat(rows.get(13).at("/errors/0/field").asString()).isEqualTo("indicatorId");
        assertThat(rows.get(13).at("/errors/0/message").asString())
                .isEqualTo(rows.get(15).at("/errors/0/message").asString().replace("not-registered-yet",
                        indicatorId(otherRegion, "time")));

        assertThat(mongo.count(Query.query(Criteria.where("innovationId").is(id)), "measurements")).isEqualTo(5);
        assertThat(mongo.count(Query.query(Criteria.where("innovationId").in(otherOpd.innovationId(),
                otherRegion.innovationId(), retiring.innovationId())), "measurements")).isZero();
        String march = rows.get(4).get("measurementId").asString();
        JsonNode stored = reader().get("/api/v1/measurements/" + march).json();
        assertThat(stored.get("value").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(stored.get("batchId").asString()).isEqualTo(receipt.get("batchId").asString());
        assertThat(stored.get("source").asString()).isEqualTo(operatorOf(innovation).client());
        assertThat(reader().get("/api/v1/measurements/" + rows.get(17).get("measurementId").asString()).json()
                .get("measuredAt").asString()).isEqualTo("2026-02-28T09:00:00Z");
        JsonNode status = reader().get(statusOf(time)).json();
        assertThat(status.get("period").asString()).isEqualTo("2026-03");
        assertThat(status.get("actual").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(reader().get(statusOf(indicatorId(innovation, "data"))).json().get("health").asString())
                .isEqualTo("ACHIEVED");
        monitoringEvents.await(IndicatorMeasured.class, measured -> measured.measurementId().equals(march));
        assertThat(events(IndicatorMeasured.class, time)).extracting(IndicatorMeasured::period)
                .containsExactly("2026-01", "2026-02", "2026-03");
        String batchId = receipt.get("batchId").asString();
        Awaitility.await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(batchId)
                .and("judged").is(true).and("outbox.0").exists(false)), "measurement_batches"));
        assertThat(mongo.count(Query.query(Criteria.where("innovationId").is(id).and("outbox.0").exists(true)),
                "measurements")).as("a batch's events ride in its record, not in its measurements").isZero();
    }

    @Test
    void idsThatReadAsObjectIdsLikeInnovationServicesAreStoredJudgedAndAnnounced() {
        // innovation-service gives innovations and indicators ObjectId hex ids, which the mapping stores as ObjectIds
        String innovationId = ObjectId.get().toHexString();
        String indicator = ObjectId.get().toHexString();
        LocalDate june = LocalDate.of(2026, 6, 30);
        InnovationRegistered innovation = registered(new InnovationRegistered(innovationId, "32.73", PTSP, "Dinas PTSP",
                "Aplikasi layanan perizinan online", "Layanan lambat", "Aplikasi layanan online",
                InnovationForm.PELAYANAN_PUBLIK, InnovationStage.INISIATIF, LocalDate.of(2026, 1, 1), june, List.of(
                new IndicatorDefinition(indicator, "Waktu layanan", IndicatorKind.TREND, "hari",
                        Polarity.LOWER_IS_BETTER, new BigDecimal("10"), new BigDecimal("5"), june,
                        ReportingFrequency.MONTHLY)), Instant.now()));

        JsonNode receipt = operator().post("/api/v1/measurements/batch", List.of(
                row(innovationId, indicator, "2026-01", 10), row(innovationId, indicator, "2026-02", 9.5))).json();
        TargetSlipped slipped = monitoringEvents.await(TargetSlipped.class, e -> e.indicatorId().equals(indicator));
        submit(innovation, indicator, "2026-03", "6.5");
        TargetRecovered recovered = monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(indicator));

        assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
        assertThat(slipped.period()).isEqualTo("2026-02");
        assertThat(recovered.period()).isEqualTo("2026-03");
        assertThat(reader().get(statusOf(indicator)).json().get("period").asString()).isEqualTo("2026-03");
        assertThat(events(IndicatorMeasured.class, indicator)).extracting(IndicatorMeasured::period)
                .containsExactly("2026-01", "2026-02", "2026-03");
        String batchId = receipt.get("batchId").asString();
        Awaitility.await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(batchId)
                .and("judged").is(true).and("outbox.0").exists(false)), "measurement_batches"));
    }

    @Test
    void aBatchLeftUnfinishedByACrashIsAnnouncedAndJudgedOnTheSchedule() {
        InnovationRegistered innovation = registered("32.73");
        String indicator = indicatorId(innovation, "time");
        String batchId = UUID.randomUUID().toString();
        String measurementId = UUID.randomUUID().toString();
        String keptOut = UUID.randomUUID().toString();
        // what a crash between storing a batch's measurements and announcing them leaves behind: the record lists
        // an id that another request's measurement kept out too
        mongo.insert(new Document("_id", measurementId)
                .append("innovationId", innovation.innovationId()).append("indicatorId", indicator)
                .append("regionCode", "32.73").append("opdCode", innovation.opdCode()).append("period", "2026-01")
                .append("periodEnd", Date.from(LocalDate.of(2026, 1, 31).atStartOfDay(ZoneId.systemDefault()).toInstant()))
                .append("value", new Decimal128(new BigDecimal("10"))).append("submittedBy", operatorOf(innovation).subject())
                .append("measuredAt", new Date()).append("batchId", batchId).append("outbox", List.of()), "measurements");
        mongo.insert(new Document("_id", batchId).append("measurementIds", List.of(measurementId, keptOut))
                .append("receivedAt", Date.from(Instant.now().minusSeconds(3600)))
                .append("submission", new Document("entity", "measurement-batch").append("entityId", batchId)
                        .append("action", "submit").append("subject", operatorOf(innovation).subject())
                        .append("client", operatorOf(innovation).client()).append("roles", List.of("OPD_OPERATOR"))
                        .append("at", Date.from(Instant.now().minusSeconds(3600))))
                .append("announced", false)
                .append("judged", false).append("outbox", List.of()), "measurement_batches");

        IndicatorMeasured measured = monitoringEvents.await(IndicatorMeasured.class,
                e -> e.measurementId().equals(measurementId));
        TargetSlipped slipped = monitoringEvents.await(TargetSlipped.class, e -> e.indicatorId().equals(indicator));

        assertThat(measured.value()).isEqualByComparingTo("10");
        assertThat(measured.expected()).isEqualByComparingTo("9.1667");
        assertThat(measured.health()).isEqualTo(IndicatorHealth.AT_RISK);
        assertThat(slipped.period()).isEqualTo("2026-01");
        assertThat(reader().get(statusOf(indicator)).json().get("period").asString()).isEqualTo("2026-01");
        Awaitility.await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(batchId)
                .and("judged").is(true)), "measurement_batches"));
        JsonNode audited = Awaitility.await().atMost(PATIENCE).until(() -> as(TestCaller.inspector("32.73"))
                .get("/api/v1/audit?entity=measurement-batch&id=" + batchId).json().get("content"), c -> c.size() == 1);
        assertThat(audited.at("/0/entry/subject").asString()).isEqualTo(operatorOf(innovation).subject());
        assertThat(audited.at("/0/entry/opd").asString()).isEqualTo(innovation.opdCode());
        assertThat(events(IndicatorMeasured.class, indicator)).hasSize(1);
    }

    @Test
    void aPeriodStoredUnderAnIdNotDerivedFromItsKeyStillMakesAResendADuplicateAndAnotherValueARefusal() {
        InnovationRegistered innovation = registered("32.73");
        String time = indicatorId(innovation, "time");
        // a measurement as stored before ids were derived from (indicator, period)
        ObjectId stored = ObjectId.get();
        mongo.insert(new Document("_id", stored)
                .append("innovationId", innovation.innovationId()).append("indicatorId", time)
                .append("regionCode", "32.73").append("opdCode", innovation.opdCode()).append("period", "2026-01")
                .append("periodEnd", Date.from(LocalDate.of(2026, 1, 31).atStartOfDay(ZoneId.systemDefault()).toInstant()))
                .append("value", new Decimal128(new BigDecimal("10"))).append("source", operatorOf(innovation).client())
                .append("submittedBy", operatorOf(innovation).subject()).append("measuredAt", new Date())
                .append("judged", true).append("outbox", List.of()), "measurements");
        String id = innovation.innovationId();

        JsonNode resent = operator().post("/api/v1/measurements/batch", List.of(row(id, time, "2026-01", 10))).json();
        JsonNode changed = operator().post("/api/v1/measurements/batch", List.of(row(id, time, "2026-01", 9))).json();
        ApiClient.Response single = operator().post("/api/v1/measurements",
                Map.of("innovationId", id, "indicatorId", time, "period", "2026-01", "value", 9));

        assertThat(resent.at("/rows/0/outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(resent.at("/rows/0/measurementId").asString()).isEqualTo(stored.toHexString());
        assertThat(changed.at("/rows/0/outcome").asString()).isEqualTo("REFUSED");
        assertThat(changed.at("/rows/0/errors/0/code").asString()).isEqualTo("period-measured");
        assertProblem(single, 409, "measurement-exists");
        assertThat(mongo.count(Query.query(Criteria.where("indicatorId").is(time)), "measurements")).isEqualTo(1);
    }

    @Test
    void aCsvBatchSentAgainIsReportedAsDuplicatesAndItsIdempotencyKeyReplaysTheReceipt() {
        InnovationRegistered innovation = registered("32.73");
        String time = indicatorId(innovation, "time");
        String csv = "innovationId;indicatorId;period;value;evidenceUrl\n"
                + innovation.innovationId() + ";" + time + ";2026-01;10;https://dokumen.go.id/1.pdf\n"
                + innovation.innovationId() + ";" + time + ";2026-02;9,2;\n"
                + innovation.innovationId() + ";" + time + ";2026-03;7,5;\n";
        String key = UUID.randomUUID().toString();

        ApiClient.Response first = operator().post("/api/v1/measurements/batch", csv, "Content-Type", "text/csv",
                "Idempotency-Key", key);
        ApiClient.Response replayed = operator().post("/api/v1/measurements/batch", csv, "Content-Type", "text/csv",
                "Idempotency-Key", key);
        ApiClient.Response resent = operator().post("/api/v1/measurements/batch", csv, "Content-Type", "text/csv");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(3);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json()).isEqualTo(first.json());
        assertThat(resent.json().get("duplicates").asInt()).isEqualTo(3);
        assertThat(resent.json().get("rows").findValuesAsString("measurementId"))
                .isEqualTo(first.json().get("rows").findValuesAsString("measurementId"));
        assertThat(mongo.count(Query.query(Criteria.where("indicatorId").is(time)), "measurements")).isEqualTo(3);
        assertThat(reader().get(statusOf(time)).json().get("actual").decimalValue()).isEqualByComparingTo("7.5");
        String batchId = first.json().get("batchId").asString();
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(TestCaller.inspector("32.73"))
                .get("/api/v1/audit?entity=measurement-batch&id=" + batchId).json().get("content"))
                .singleElement().satisfies(record -> {
                    assertThat(record.at("/entry/action").asString()).isEqualTo("submit");
                    assertThat(record.at("/entry/opd").asString()).isEqualTo(PTSP);
                }));
        assertProblem(operator().post("/api/v1/measurements/batch", "indicatorId,nilai\nx,1\n", "Content-Type",
                "text/csv"), 400, "validation-failed");
        assertProblem(operator().post("/api/v1/measurements/batch", "[]"), 400, "validation-failed");
        assertProblem(as(TestCaller.inspector("32.73")).post("/api/v1/measurements/batch", csv, "Content-Type",
                "text/csv"), 403, "forbidden");
    }

    @Test
    void aCorrectionSupersedesTheValueKeepsTheHistoryAndIsJudgedAnnouncedAndAudited() {
        InnovationRegistered innovation = registered("32.73");
        String time = indicatorId(innovation, "time");
        String january = submit(innovation, time, "2026-01", "10").json().get("id").asString();
        String path = "/api/v1/measurements/" + january;

        assertThat(reader().get(path).header("ETag")).isEqualTo("\"1\"");
        ApiClient.Response corrected = operator().put(path, Map.of("value", 9, "reason", "Salah ketik",
                "evidenceUrl", "https://dokumen.go.id/koreksi.pdf"), "If-Match", "\"1\"");
        ApiClient.Response stale = operator().put(path, Map.of("value", 8, "reason", "Lagi"), "If-Match", "\"1\"");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.header("ETag")).isEqualTo("\"2\"");
        assertThat(corrected.json().get("revision").asInt()).isEqualTo(2);
        assertThat(corrected.json().at("/history/0/value").decimalValue()).isEqualByComparingTo("10");
        assertThat(corrected.json().at("/history/0/reason").asString()).isEqualTo("Salah ketik");
        assertThat(corrected.json().at("/history/0/supersededBy").asString()).isEqualTo(operatorOf(innovation).subject());
        assertThat(corrected.json().at("/status/progressRatio").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(corrected.json().at("/status/slip").isMissingNode()).isTrue();
        assertProblem(stale, 412, "measurement-changed");
        assertProblem(operator().put(path, Map.of("value", 9)), 400, "validation-failed");
        assertProblem(operator().put(path, Map.of("value", -1, "reason", "x")), 400, "validation-failed");
        assertProblem(as(TestCaller.opdOperator("32.73", DISKOMINFO)).put(path, Map.of("value", 9, "reason", "x")),
                403, "out-of-scope");
        assertProblem(as(TestCaller.opdOperator("32.04", PTSP)).put(path, Map.of("value", 9, "reason", "x")),
                404, "measurement-not-found");

        TargetRecovered recovered = monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(time));
        assertThat(recovered.period()).isEqualTo("2026-01");
        assertThat(events(IndicatorMeasured.class, time)).extracting(IndicatorMeasured::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("10"), new BigDecimal("9"));
        assertThat(events(IndicatorMeasured.class, time)).extracting(IndicatorMeasured::measurementId)
                .containsOnly(january);
        JsonNode read = reader().get(path).json();
        assertThat(read.get("value").decimalValue()).isEqualByComparingTo("9");
        assertThat(read.get("history")).hasSize(1);
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(TestCaller.inspector("32.73"))
                .get("/api/v1/audit?entity=measurement&id=" + january).json().get("content").findValuesAsString("action"))
                .containsExactly("submit", "supersede"));
    }

    @Test
    void anAddedIndicatorStartsWhenAddedAndARetiredOneTakesNoMoreMeasurements() {
        InnovationRegistered innovation = registered("32.73");
        String added = innovation.innovationId() + "-satisfaction";
        innovationEvents.send(new IndicatorAdded(innovation.innovationId(), "32.73", PTSP, new IndicatorDefinition(added,
                "Kepuasan pemohon", IndicatorKind.TREND, "%", Polarity.HIGHER_IS_BETTER, new BigDecimal("60"),
                new BigDecimal("80"), LocalDate.of(2026, 12, 31), ReportingFrequency.QUARTERLY), "bappeda",
                Instant.parse("2026-03-09T18:00:00Z")));
        String time = indicatorId(innovation, "time");
        innovationEvents.send(new IndicatorRetired(innovation.innovationId(), "32.73", PTSP, time, "Diganti", "bappeda",
                Instant.now()));

        JsonNode status = Awaitility.await().atMost(PATIENCE).until(() -> reader().get(statusOf(added)),
                response -> response.status() == 200).json();
        Awaitility.await().atMost(PATIENCE).until(() -> reader().get(statusOf(time)).json().at("/indicator/retiredAt")
                .isString());

        assertThat(status.at("/indicator/startDate").asString()).as("the day it was added, in WIB").isEqualTo("2026-03-10");
        assertThat(status.at("/indicator/innovationTitle").asString()).isEqualTo(innovation.title());
        assertThat(submit(innovation, added, "2026-Q2", "70").json().at("/status/expected").decimalValue())
                .isEqualByComparingTo("67.5676");
        assertThat(reader().get(statusOf(time)).json().at("/indicator/retiredReason").asString()).isEqualTo("Diganti");
        ApiClient.Response refused = operator().post("/api/v1/measurements",
                body(innovation.innovationId(), time, "2026-02", "9", null));
        assertProblem(refused, 422, "indicator-retired");
    }

    @Test
    void aDiscontinuedOrArchivedInnovationTakesNoMoreMeasurementsAndIsNoLongerReviewed() {
        InnovationRegistered discontinued = registered("32.73");
        InnovationRegistered archived = registered("32.73");
        String stopped = indicatorId(discontinued, "time");
        String shelved = indicatorId(archived, "time");
        // January at the baseline: behind its trajectory, RED, before the innovation stopped
        assertThat(submit(discontinued, stopped, "2026-01", "10").status()).isEqualTo(201);
        innovationEvents.send(new InnovationStageChanged(discontinued.innovationId(), "32.73", PTSP,
                InnovationStage.UJI_COBA, InnovationStage.DIHENTIKAN, "Anggaran dialihkan", "bappeda", Instant.now()));
        innovationEvents.send(new InnovationStageChanged(archived.innovationId(), "32.73", PTSP,
                InnovationStage.PENERAPAN, InnovationStage.DIARSIPKAN, "Diarsipkan", "bappeda", Instant.now()));
        for (String closed : List.of(stopped, shelved)) {
            Awaitility.await().atMost(PATIENCE).until(() -> reader().get(statusOf(closed)).json()
                    .at("/indicator/innovationStage").isString());
        }

        ApiClient.Response single = operator().post("/api/v1/measurements",
                body(discontinued.innovationId(), stopped, "2026-02", "9", null));
        ApiClient.Response batch = operator().post("/api/v1/measurements/batch",
                List.of(row(archived.innovationId(), shelved, "2026-01", 9)));
        // March's report would be overdue on 16 April, and the deadline (30 June) has passed by 2027
        review(Instant.parse("2026-04-16T03:00:00Z"));
        review(Instant.parse("2027-01-02T03:00:00Z"));

        assertProblem(single, 422, "innovation-closed");
        assertThat(batch.json().at("/rows/0/outcome").asString()).isEqualTo("REFUSED");
        assertThat(batch.json().at("/rows/0/errors/0/code").asString()).isEqualTo("innovation-closed");
        assertThat(mongo.count(Query.query(Criteria.where("indicatorId").in(stopped, shelved)), "measurements"))
                .as("only January's, from before").isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("indicatorId").in(stopped, shelved)), "report_periods"))
                .as("no report due soon or overdue, so none announced").isZero();
        JsonNode status = reader().get(statusOf(stopped)).json();
        assertThat(status.at("/indicator/innovationStage").asString()).isEqualTo("DIHENTIKAN");
        assertThat(status.at("/slip/rule").asString()).as("not missed by the deadline review")
                .isEqualTo("BEHIND_TRAJECTORY");
        assertThat(status.get("health").asString()).isNotEqualTo("MISSED");
    }

    @Test
    void theIndicatorsOwnDefinitionJudgesItsValuesAndAsksForEvidence() {
        String id = "inn-" + UUID.randomUUID();
        LocalDate june = LocalDate.of(2026, 6, 30);
        // Kota Bandung does not require evidence; this indicator does, and has its own formula and March target
        InnovationRegistered innovation = registered(new InnovationRegistered(id, "32.73", PTSP, "Dinas PTSP",
                "Aplikasi layanan perizinan online", "Layanan lambat", "Aplikasi layanan online",
                InnovationForm.PELAYANAN_PUBLIK, InnovationStage.UJI_COBA, LocalDate.of(2026, 1, 1), june, List.of(
                new IndicatorDefinition(id + "-time", "Waktu layanan", IndicatorKind.TREND, "hari",
                        Polarity.LOWER_IS_BETTER, new BigDecimal("10"), new BigDecimal("5"), june,
                        ReportingFrequency.MONTHLY, Aggregation.LAST, AchievementFormula.INVERSE_RATIO,
                        List.of(new PeriodTarget("2026-03", new BigDecimal("8"))), true)),
                Instant.now()));
        String time = indicatorId(innovation, "time");

        JsonNode march = submit(innovation, time, "2026-03", "7.5").json();

        assertThat(march.get("flags").valueStream().map(JsonNode::asString)).containsExactly("MISSING_EVIDENCE");
        assertThat(march.at("/status/expected").decimalValue()).isEqualByComparingTo("8");
        // E/A = 8/7.5
        assertThat(march.at("/status/capaian").decimalValue()).isEqualByComparingTo("106.67");
        assertThat(events(time, "2026-03").capaian()).isEqualByComparingTo("106.67");
    }

    @Test
    void aTargetRevisionLeavesThePeriodsBeforeItJudgedByTheOldTarget() {
        InnovationRegistered innovation = registered("32.73");
        String time = indicatorId(innovation, "time");
        innovationEvents.send(new IndicatorTargetRevised(innovation.innovationId(), "32.73", PTSP, time,
                new BigDecimal("5"), new BigDecimal("4"), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
                "Revisi tengah tahun", "bappeda", Instant.parse("2026-04-15T03:00:00Z")));
        Awaitility.await().atMost(PATIENCE).until(() -> reader().get(statusOf(time)).json().at("/indicator/target")
                .decimalValue().compareTo(new BigDecimal("4")) == 0);

        ApiClient.Response march = submit(innovation, time, "2026-03", "8");
        ApiClient.Response may = submit(innovation, time, "2026-05", "7");

        // March: 10 − 5 · 89/180 on the old line; May: 10 − 6 · 150/272 on the revised one
        assertThat(events(time, "2026-03").expected()).isEqualByComparingTo("7.5278");
        assertThat(march.json().at("/status/expected").decimalValue()).isEqualByComparingTo("7.5278");
        assertThat(may.json().at("/status/expected").decimalValue()).isEqualByComparingTo("6.6912");
        assertThat(submit(innovation, time, "2026-08", "5").status()).isEqualTo(201);
    }

    @Test
    void valuesFarFromTheHistoryOrWithoutTheEvidenceARegionRequiresAreFlaggedNotRefused() {
        InnovationRegistered innovation = registered("35.07");
        String time = indicatorId(innovation, "time");
        String id = innovation.innovationId();

        JsonNode receipt = as(operatorOf(innovation)).post("/api/v1/measurements/batch", List.of(
                row(id, time, "2026-01", 10), row(id, time, "2026-02", 9.5), row(id, time, "2026-03", 9),
                row(id, time, "2026-04", 2))).json();

        assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(4);
        assertThat(receipt.get("rows").valueStream().map(r -> r.get("flags").valueStream().map(JsonNode::asString).toList()))
                .containsExactly(List.of("MISSING_EVIDENCE"), List.of("MISSING_EVIDENCE"), List.of("MISSING_EVIDENCE"),
                        List.of("JUMP", "MISSING_EVIDENCE"));
        assertThat(as(operatorOf(innovation)).get(statusOf(time)).json().get("flags").valueStream().map(JsonNode::asString))
                .containsExactly("JUMP", "MISSING_EVIDENCE");
    }

    @Test
    void twoClientsSendingTheSameIndicatorAtOnceStoreEachPeriodOnceAndAnnounceItOnce() throws Exception {
        InnovationRegistered innovation = registered("32.73");
        String time = indicatorId(innovation, "time");
        List<Map<String, Object>> rows = List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06")
                .stream().map(period -> row(innovation.innovationId(), time, period, 9)).toList();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> receipts = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            receipts.add(clients.submit(() -> {
                start.await();
                return operator().post("/api/v1/measurements/batch", rows).json();
            }));
        }
        start.countDown();
        List<JsonNode> answered = new ArrayList<>();
        for (Future<JsonNode> receipt : receipts) {
            answered.add(receipt.get(30, TimeUnit.SECONDS));
        }
        clients.shutdown();

        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            assertThat(answered.stream().map(r -> r.get("rows").get(row).get("outcome").asString()))
                    .containsExactlyInAnyOrder("ACCEPTED", "DUPLICATE");
            assertThat(answered.stream().map(r -> r.get("rows").get(row).get("measurementId").asString()).distinct())
                    .hasSize(1);
        }
        assertThat(mongo.count(Query.query(Criteria.where("indicatorId").is(time)), "measurements")).isEqualTo(6);
        String june = answered.get(0).at("/rows/5/measurementId").asString();
        monitoringEvents.await(IndicatorMeasured.class, measured -> measured.measurementId().equals(june));
        Awaitility.await().atMost(PATIENCE).until(() -> !mongo.exists(pendingOutbox("indicatorId", time), "measurements"));
        assertThat(events(IndicatorMeasured.class, time)).hasSize(6);
        assertThat(reader().get(statusOf(time)).json().get("period").asString()).isEqualTo("2026-06");
    }

    @Test
    void twoClientsSendingAFlowsMonthsAtOnceLeaveTheRunningTotalOfAllOfThem() throws Exception {
        InnovationRegistered innovation = registered(flow("32.73"));
        String users = indicatorId(innovation, "users");
        // one client sends the even months, the other the odd ones, each in one batch: each batch reads what is
        // stored before the other's rows are, so neither sees the other's months when it starts
        ExecutorService clients = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> sent = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int month = 10 - client; month >= 1; month -= 2) {
                rows.add(row(innovation.innovationId(), users, "2026-%02d".formatted(month), month * 10));
            }
            sent.add(clients.submit(() -> {
                start.await();
                return as(operatorOf(innovation)).post("/api/v1/measurements/batch", rows);
            }));
        }
        start.countDown();
        for (Future<ApiClient.Response> client : sent) {
            ApiClient.Response receipt = client.get(60, TimeUnit.SECONDS);
            assertThat(receipt.json().get("accepted").asInt()).as(receipt.body()).isEqualTo(5);
        }
        clients.shutdown();

        JsonNode status = reader().get(statusOf(users)).json();
        assertThat(status.get("period").asString()).isEqualTo("2026-10");
        // 10 + 20 + ... + 100
        assertThat(status.get("actual").decimalValue()).isEqualByComparingTo("550");
        assertThat(status.get("periodValue").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void reportsFallDueSoonThenOverdueOnWorkingDaysAndEachChangeIsAnnouncedOnce() {
        InnovationRegistered innovation = registered(innovation("32.73", "opd-" + UUID.randomUUID()));
        String time = indicatorId(innovation, "time");

        // 9 April (WIB): January's report is severely overdue (February's is due too), February's overdue, March's not due
        compliance.review(Instant.parse("2026-04-09T10:00:00Z"));
        assertThat(reportState(time, "2026-01")).isEqualTo("SEVERELY_OVERDUE");
        assertThat(reportState(time, "2026-02")).isEqualTo("OVERDUE");
        assertThat(reportState(time, "2026-03")).isEqualTo("NOT_DUE");
        // 10 April 08:00 WIB: three working days before 15 April, March's report is due soon; a second look changes nothing
        compliance.review(Instant.parse("2026-04-10T01:00:00Z"));
        compliance.review(Instant.parse("2026-04-10T02:00:00Z"));
        ReportDueSoon dueSoon = monitoringEvents.await(ReportDueSoon.class, e -> e.indicatorId().equals(time));
        submit(innovation, time, "2026-03", "7");
        compliance.review(Instant.parse("2026-04-16T03:00:00Z"));

        assertThat(dueSoon.period()).isEqualTo("2026-03");
        assertThat(dueSoon.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(dueSoon.indicatorName()).isEqualTo("Waktu layanan");
        assertThat(reportState(time, "2026-03")).isEqualTo("SUBMITTED");
        assertThat(reportState(time, "2026-02")).isEqualTo("SEVERELY_OVERDUE");
        String marker = submit(innovation, time, "2026-04", "6.5").json().get("id").asString();
        monitoringEvents.await(IndicatorMeasured.class, measured -> measured.measurementId().equals(marker));
        assertThat(monitoringEvents.events(ReportOverdue.class)).filteredOn(e -> e.indicatorId().equals(time))
                .extracting(ReportOverdue::period).containsExactly("2026-01", "2026-02");
        assertThat(monitoringEvents.events(ReportDueSoon.class)).filteredOn(e -> e.indicatorId().equals(time))
                .hasSize(1);
        assertThat(monitoringEvents.events(ReportOverdue.class)).filteredOn(e -> e.indicatorId().equals(time))
                .first().satisfies(overdue -> assertThat(overdue.dueDate()).isEqualTo(LocalDate.of(2026, 2, 13)));

        JsonNode opd = reader().get("/api/v1/compliance?region=32.73&period=2026-Q1").json().get("opds")
                .valueStream().filter(row -> row.get("opdCode").asString().equals(innovation.opdCode()))
                .findFirst().orElseThrow();
        // time, coverage and response monthly (9 reports) and the quarterly milestone: only March's time arrived, late
        assertThat(opd.get("due").asInt()).isEqualTo(10);
        assertThat(opd.get("late").asInt()).isEqualTo(1);
        assertThat(opd.get("missing").asInt()).isEqualTo(9);
        assertThat(opd.get("onTime").asInt()).isZero();
        assertThat(opd.get("onTimeRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(as(TestCaller.opdOperator("32.04", PTSP)).get("/api/v1/compliance?region=32.73").json().get("opds"))
                .isEmpty();
        assertProblem(reader().get("/api/v1/compliance?period=Maret"), 400, "validation-failed");
    }

    @Test
    void aReportIsOverdueByTheRegionsOwnClock() {
        innovationEvents.send(new RegionRegistered("91.71", "Kota Jayapura", RegionLevel.CITY, "91", "Asia/Jayapura",
                Instant.now()));
        InnovationRegistered jayapura = registered(innovation("91.71", "opd-" + UUID.randomUUID()));
        InnovationRegistered bandung = registered(innovation("32.73", "opd-" + UUID.randomUUID()));
        Awaitility.await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(Criteria.where("_id").is("91.71")),
                "regions"));

        // 01:30 on 16 April in Jayapura (WIT), still 23:30 on 15 April, the due date, in Bandung (WIB)
        compliance.review(Instant.parse("2026-04-15T16:30:00Z"));

        assertThat(reportState(indicatorId(jayapura, "time"), "2026-03")).isEqualTo("OVERDUE");
        assertThat(reportState(indicatorId(bandung, "time"), "2026-03")).isEqualTo("DUE_SOON");
    }

    @Test
    void aProjectedMissIsAnnouncedOnceWhileTheIndicatorIsStillOnTrack() {
        InnovationRegistered innovation = registered("32.73");
        String time = indicatorId(innovation, "time");

        submit(innovation, time, "2026-01", "8.6");
        submit(innovation, time, "2026-02", "8.0");
        ApiClient.Response march = submit(innovation, time, "2026-03", "7.6");
        String april = submit(innovation, time, "2026-04", "7.0").json().get("id").asString();

        assertThat(march.json().at("/status/health").asString()).isEqualTo("ON_TRACK");
        assertThat(march.json().at("/status/slip").isMissingNode()).isTrue();
        assertThat(march.json().at("/status/forecast/projectedAtDeadline").decimalValue()).isEqualByComparingTo("6.0245");
        assertThat(march.json().at("/status/forecast/projectedReachDate").asString()).isEqualTo("2026-08-30");
        assertThat(march.json().at("/status/forecast/misses").asBoolean()).isTrue();
        ForecastMissProjected projected = monitoringEvents.await(ForecastMissProjected.class,
                e -> e.indicatorId().equals(time));
        assertThat(projected.projectedAtDeadline()).isEqualByComparingTo("6.0245");
        assertThat(projected.projectedReachDate()).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(projected.target()).isEqualByComparingTo("5");
        assertThat(projected.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        monitoringEvents.await(IndicatorMeasured.class, measured -> measured.measurementId().equals(april));
        Awaitility.await().atMost(PATIENCE).until(() -> !mongo.exists(pendingOutbox("_id", time), "indicator_status"));
        assertThat(monitoringEvents.events(ForecastMissProjected.class)).filteredOn(e -> e.indicatorId().equals(time))
                .hasSize(1);
        assertThat(reader().get(statusOf(time)).json().at("/forecast/points").asInt()).isEqualTo(4);
    }

    @Test
    void anEventStillWaitingInAStatusIsPublishedOnceAfterTheNextJudgingToo() {
        InnovationRegistered innovation = registered("32.73");
        String time = indicatorId(innovation, "time");
        submit(innovation, time, "2026-01", "10");
        monitoringEvents.await(TargetSlipped.class, e -> e.indicatorId().equals(time));
        Awaitility.await().atMost(PATIENCE).until(() -> !mongo.exists(pendingOutbox("_id", time), "indicator_status"));
        // an announcement the relay has not taken yet when the next measurement is judged
        ForecastMissProjected waiting = new ForecastMissProjected(innovation.innovationId(), time, "32.73",
                innovation.opdCode(), "Waktu layanan", new BigDecimal("5"), LocalDate.of(2026, 6, 30),
                new BigDecimal("123.4567"), null, Instant.now());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(time)),
                new Update().push("outbox", mongo.getConverter().convertToMongoType(OutboxEvent.of(waiting))),
                "indicator_status");

        ApiClient.Response february = submit(innovation, time, "2026-02", "7");

        assertThat(february.json().at("/status/slip").isMissingNode()).isTrue();
        monitoringEvents.await(TargetRecovered.class, e -> e.indicatorId().equals(time));
        monitoringEvents.await(ForecastMissProjected.class, e -> e.indicatorId().equals(time));
        Awaitility.await().atMost(PATIENCE).until(() -> !mongo.exists(pendingOutbox("_id", time), "indicator_status"));
        assertThat(monitoringEvents.events(ForecastMissProjected.class)).filteredOn(e -> e.indicatorId().equals(time))
                .singleElement().satisfies(e -> assertThat(e.projectedAtDeadline()).isEqualByComparingTo("123.4567"));
        assertThat(events(TargetRecovered.class, time)).hasSize(1);
        assertThat(events(TargetSlipped.class, time)).hasSize(1);
    }

    @Test
    void aMilestoneNotDoneByItsDateMissesOnTheReviewUnlessItsReportsAreOverdue() {
        InnovationRegistered reported = registered(innovation("32.73", "opd-" + UUID.randomUUID()));
        InnovationRegistered silent = registered(innovation("32.73", "opd-" + UUID.randomUUID()));
        String done = indicatorId(reported, "data");
        String quiet = indicatorId(silent, "data");
        for (String quarter : List.of("2026-Q1", "2026-Q2", "2026-Q3")) {
            submit(reported, done, quarter, "0");
        }
        submit(silent, quiet, "2026-Q1", "0");

        // 2 January 2027: the milestone's date has passed; the fourth quarter's report is not due before mid-January
        review(Instant.parse("2027-01-02T03:00:00Z"));

        TargetSlipped missed = monitoringEvents.await(TargetSlipped.class, e -> e.indicatorId().equals(done));
        assertThat(missed.rule()).isEqualTo(SlipRule.DEADLINE_MISSED);
        assertThat(missed.severity()).isEqualTo(Severity.RED);
        assertThat(reader().get(statusOf(done)).json().get("health").asString()).isEqualTo("MISSED");
        // the silent one's second and third quarters are overdue: nothing to judge it by
        assertThat(reportState(quiet, "2026-Q2")).isEqualTo("SEVERELY_OVERDUE");
        assertThat(reader().get(statusOf(quiet)).json().at("/slip").isMissingNode()).isTrue();

        submit(silent, quiet, "2026-Q2", "0");
        submit(silent, quiet, "2026-Q3", "0");
        review(Instant.parse("2027-01-03T03:00:00Z"));
        review(Instant.parse("2027-01-04T03:00:00Z"));

        assertThat(monitoringEvents.await(TargetSlipped.class, e -> e.indicatorId().equals(quiet)).rule())
                .isEqualTo(SlipRule.DEADLINE_MISSED);
        Awaitility.await().atMost(PATIENCE).until(() -> !mongo.exists(pendingOutbox("_id", quiet), "indicator_status"));
        assertThat(events(TargetSlipped.class, done)).hasSize(1);
        assertThat(events(TargetSlipped.class, quiet)).hasSize(1);
    }

    @Test
    void aRegionAdminChangesItsSettingsAndEachJudgementRecordsTheVersionThatMadeIt() {
        InnovationRegistered innovation = registered(innovation("32.77", "opd-" + UUID.randomUUID()));
        String time = indicatorId(innovation, "time");
        ApiClient admin = as(TestCaller.regionAdmin("32.77"));

        ApiClient.Response before = admin.get("/api/v1/settings/32.77");
        ApiClient.Response changed = admin.put("/api/v1/settings/32.77", Map.of("tolerance", 0.05, "graceWorkingDays", 15,
                "reason", "Perbup 12/2026 tentang monev inovasi"), "If-Match", "\"0\"");
        ApiClient.Response stale = admin.put("/api/v1/settings/32.77", Map.of("tolerance", 0.2, "reason", "Lagi"),
                "If-Match", "\"0\"");

        assertThat(before.header("ETag")).isEqualTo("\"0\"");
        assertThat(before.json().get("source").asString()).isEqualTo("config");
        assertThat(before.json().at("/settings/tolerance").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(before.json().at("/settings/hysteresisMargin").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(before.json().at("/settings/capaianBands/veryHigh").decimalValue()).isEqualByComparingTo("91");
        assertThat(before.json().at("/settings/graceWorkingDays").asInt()).isEqualTo(10);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().get("source").asString()).isEqualTo("32.77");
        assertThat(changed.json().at("/settings/tolerance").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(changed.json().at("/settings/onTrack").decimalValue()).isEqualByComparingTo("0.95");
        assertProblem(stale, 412, "settings-changed");
        assertProblem(admin.put("/api/v1/settings/32.77", Map.of("tolerance", 0.6, "reason", "x")), 400,
                "validation-failed");
        assertProblem(admin.put("/api/v1/settings/32.77", Map.of("tolerance", 0.2)), 400, "validation-failed");
        assertProblem(admin.put("/api/v1/settings/32.73", Map.of("tolerance", 0.2, "reason", "x")), 404,
                "region-not-found");

        // March at 8 days (ρ 0.8090) is amber with the default 0.10, red with the region's 0.05
        ApiClient.Response march = submit(innovation, time, "2026-03", "8");
        assertThat(march.json().at("/status/slip/severity").asString()).isEqualTo("RED");
        assertThat(march.json().at("/status/settingsVersion").asString()).isEqualTo("32.77#1");
        assertThat(march.json().at("/status/band").asString()).isEqualTo("SANGAT_TINGGI");
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(TestCaller.inspector("32.77"))
                .get("/api/v1/audit?entity=settings&id=32.77").json().get("content").findValuesAsString("action"))
                .containsExactly("change"));
    }

    @Test
    void aProvincesSettingsReachItsRegionsThatHaveNoneOfTheirOwn() {
        ApiClient province = as(TestCaller.provinceAdmin("36"));

        ApiClient.Response changed = province.put("/api/v1/settings/36", Map.of("evidenceRequired", true,
                "reason", "Pergub Banten"));
        JsonNode serang = province.get("/api/v1/settings/36.73").json();

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(serang.get("source").asString()).isEqualTo("36");
        assertThat(serang.get("version").asLong()).isEqualTo(1);
        assertThat(serang.at("/settings/evidenceRequired").asBoolean()).isTrue();
        assertProblem(as(TestCaller.regionAdmin("36.73")).put("/api/v1/settings/36", Map.of("evidenceRequired", false,
                "reason", "x")), 404, "region-not-found");
        assertProblem(as(TestCaller.inspector("36.73")).put("/api/v1/settings/36.73", Map.of("evidenceRequired", false,
                "reason", "x")), 403, "forbidden");
    }

    @Test
    void theStatusListFiltersByRegionOpdHealthAndOverdueReports() {
        InnovationRegistered innovation = registered(innovation("32.73", "opd-" + UUID.randomUUID()));
        String time = indicatorId(innovation, "time");
        submit(innovation, time, "2026-01", "10");
        submit(innovation, time, "2026-02", "9.5");
        submit(innovation, time, "2026-03", "8");
        // 16 April: March's reports were due on the 15th; only the service time's arrived
        review(Instant.parse("2026-04-16T03:00:00Z"));
        String filter = "/api/v1/status?region=32&opd=" + innovation.opdCode();

        JsonNode all = reader().get(filter).json();
        JsonNode atRisk = reader().get(filter + "&health=AT_RISK").json();
        JsonNode noData = reader().get(filter + "&health=NO_DATA").json();
        JsonNode late = reader().get(filter + "&overdue=true&size=2").json();
        JsonNode punctual = reader().get(filter + "&overdue=false").json();

        assertThat(all.get("totalElements").asLong()).isEqualTo(4);
        assertThat(atRisk.get("content").findValuesAsString("id")).containsExactly(time);
        assertThat(atRisk.at("/content/0/slip/severity").asString()).isEqualTo("RED");
        assertThat(noData.get("totalElements").asLong()).isEqualTo(3);
        assertThat(late.get("totalElements").asLong()).isEqualTo(3);
        assertThat(late.get("content")).hasSize(2);
        assertThat(late.at("/content/0/reportOverdue").asBoolean()).isTrue();
        assertThat(punctual.get("content").findValuesAsString("id")).containsExactly(time);
        assertThat(punctual.at("/content/0/reportOverdue").asBoolean()).isFalse();
        assertThat(reader().get(statusOf(indicatorId(innovation, "coverage"))).json().get("reportOverdue").asBoolean())
                .isTrue();
        assertThat(as(TestCaller.opdOperator("32.04", PTSP)).get(filter).json().get("totalElements").asLong()).isZero();
        assertProblem(reader().get(filter + "&health=LAMBAT"), 400, "validation-failed");
    }

    private ApiClient as(TestCaller caller) {
        return new ApiClient("http://127.0.0.1:" + port).as(caller);
    }

    /** Reads every fixture of Jawa Barat. */
    private ApiClient reader() {
        return as(TestCaller.provinceAdmin("32"));
    }

    /** Submits for the fixtures' OPD in Kota Bandung. */
    private ApiClient operator() {
        return as(TestCaller.opdOperator("32.73", PTSP));
    }

    /** The operator of the OPD that owns an innovation: the one who reports its measurements. */
    private static TestCaller operatorOf(InnovationRegistered innovation) {
        return TestCaller.opdOperator(innovation.regionCode(), innovation.opdCode());
    }

    /** The PTSP, data-integration and complaint indicators of the demo, plus a percentage, under fresh ids. */
    private static InnovationRegistered innovation(String regionCode) {
        return innovation(regionCode, PTSP);
    }

    private static InnovationRegistered innovation(String regionCode, String opdCode) {
        String id = "inn-" + UUID.randomUUID();
        LocalDate june = LocalDate.of(2026, 6, 30);
        return new InnovationRegistered(id, regionCode, opdCode, "Dinas PTSP",
                "Aplikasi layanan perizinan online", "Layanan lambat", "Aplikasi layanan online",
                InnovationForm.PELAYANAN_PUBLIK, InnovationStage.INISIATIF, LocalDate.of(2026, 1, 1), june, List.of(
                new IndicatorDefinition(id + "-time", "Waktu layanan", IndicatorKind.TREND, "hari",
                        Polarity.LOWER_IS_BETTER, new BigDecimal("10"), new BigDecimal("5"), june, ReportingFrequency.MONTHLY),
                new IndicatorDefinition(id + "-coverage", "Layanan daring", IndicatorKind.TREND, "%",
                        Polarity.HIGHER_IS_BETTER, new BigDecimal("20"), new BigDecimal("80"), june, ReportingFrequency.MONTHLY),
                new IndicatorDefinition(id + "-data", "Data terpusat dan valid", IndicatorKind.MILESTONE, "status",
                        Polarity.HIGHER_IS_BETTER, null, null, LocalDate.of(2026, 12, 31), ReportingFrequency.QUARTERLY),
                new IndicatorDefinition(id + "-response", "Waktu respons aduan", IndicatorKind.BOUND, "hari",
                        Polarity.LOWER_IS_BETTER, null, new BigDecimal("2"), june, ReportingFrequency.MONTHLY)),
                Instant.now());
    }

    /** A flow: the applicants served online, summed over the months, from 0 to 1,200 by the end of 2026. */
    private static InnovationRegistered flow(String regionCode) {
        String id = "inn-" + UUID.randomUUID();
        LocalDate december = LocalDate.of(2026, 12, 31);
        return new InnovationRegistered(id, regionCode, PTSP, "Dinas PTSP", "Aplikasi layanan perizinan online",
                "Pemohon harus datang langsung", "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK,
                InnovationStage.PENERAPAN, LocalDate.of(2026, 1, 1), december, List.of(
                new IndicatorDefinition(id + "-users", "Pemohon layanan daring", IndicatorKind.TREND, "pemohon",
                        Polarity.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("1200"), december,
                        ReportingFrequency.MONTHLY, Aggregation.SUM, null, List.of(), false)),
                Instant.now());
    }

    private InnovationRegistered registered(String regionCode) {
        return registered(innovation(regionCode));
    }

    private InnovationRegistered registered(InnovationRegistered innovation) {
        innovationEvents.send(innovation);
        for (IndicatorDefinition indicator : innovation.indicators()) {
            Awaitility.await().atMost(PATIENCE).until(() -> as(operatorOf(innovation)).get(statusOf(indicator.indicatorId())).status() == 200);
        }
        return innovation;
    }

    private static String indicatorId(InnovationRegistered innovation, String suffix) {
        return innovation.innovationId() + "-" + suffix;
    }

    private ApiClient.Response submit(InnovationRegistered innovation, String indicatorId, String period, String value) {
        ApiClient.Response response = as(operatorOf(innovation)).post("/api/v1/measurements",
                body(innovation.innovationId(), indicatorId, period, value, null));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static String body(String innovationId, String indicatorId, String period, String value, String evidenceUrl) {
        StringBuilder json = new StringBuilder("{\"innovationId\":\"").append(innovationId)
                .append("\",\"indicatorId\":\"").append(indicatorId).append("\",\"period\":\"").append(period)
                .append("\",\"note\":\"Rata-rata bulanan\"");
        if (value != null) {
            json.append(",\"value\":").append(value);
        }
        if (evidenceUrl != null) {
            json.append(",\"evidenceUrl\":\"").append(evidenceUrl).append('"');
        }
        return json.append('}').toString();
    }

    private void refused(SoftAssertions softly, String body, int status, String code, String field) {
        ApiClient.Response response = operator().post("/api/v1/measurements", body);
        String explained = body + " -> " + response.body();
        softly.assertThat(response.status()).as(explained).isEqualTo(status);
        softly.assertThat(response.header("Content-Type")).as(explained).startsWith("application/problem+json");
        softly.assertThat(response.json().path("code").asString()).as(explained).isEqualTo(code);
        if (field != null) {
            softly.assertThat(response.json().path("errors").findValuesAsString("field")).as(explained)
                    .containsExactly(field);
        }
    }

    private static Map<String, Object> row(String innovationId, String indicatorId, String period, Object value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("innovationId", innovationId);
        row.put("indicatorId", indicatorId);
        row.put("period", period);
        row.put("value", value);
        return row;
    }

    private static IndicatorMeasured events(String indicatorId, String period) {
        return monitoringEvents.await(IndicatorMeasured.class,
                measured -> measured.indicatorId().equals(indicatorId) && measured.period().equals(period));
    }

    /** The time-driven rules at an instant of the test's choosing, as the schedule runs them. */
    private void review(Instant now) {
        compliance.review(now);
        deadlines.review(now);
    }

    private String reportState(String indicatorId, String period) {
        Document report = mongo.findById(indicatorId + "|" + period, Document.class, "report_periods");
        return report == null ? null : report.getString("state");
    }

    private static String statusOf(String indicatorId) {
        return "/api/v1/indicators/" + indicatorId + "/status";
    }

    private static Query pendingOutbox(String field, String indicatorId) {
        return Query.query(Criteria.where(field).is(indicatorId).and("outbox.0").exists(true));
    }

    private static <T extends PantauEvent> List<T> events(Class<T> type, String indicatorId) {
        return monitoringEvents.events(type).stream().filter(event -> indicatorOf(event).equals(indicatorId)).toList();
    }

    private static String indicatorOf(PantauEvent event) {
        if (event instanceof IndicatorMeasured measured) {
            return measured.indicatorId();
        }
        if (event instanceof TargetSlipped slipped) {
            return slipped.indicatorId();
        }
        return event instanceof TargetRecovered recovered ? recovered.indicatorId() : "";
    }
}
