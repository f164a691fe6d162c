package id.pantau.reporting.actionplan;

import id.pantau.events.InnovationReplicated;
import id.pantau.events.InnovationStage;
import id.pantau.events.PantauEvent;
import id.pantau.events.RegionLevel;
import id.pantau.events.RegionRegistered;
import id.pantau.events.Severity;
import id.pantau.reporting.EventFeed;
import id.pantau.testing.ApiClient;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild from the retained topics reproduces what the live consumers built event by event: every report of the
 * seed scenario (Kota Tangerang, with a replication into Kabupaten Tangerang) answers the same JSON after the
 * switch as before, and answers throughout the rebuild.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a consumer group of its own, so that no other test context in this JVM takes this class's events
        "spring.cloud.stream.bindings.innovationEvents-in-0.group=reporting-projection-rebuild",
        "spring.cloud.stream.bindings.monitoringEvents-in-0.group=reporting-projection-rebuild",
        "spring.cloud.stream.bindings.notificationEvents-in-0.group=reporting-projection-rebuild"})
@Import(FixedClock.class)
class ProjectionRebuildIT {

    static final TestCaller BANTEN_ADMIN = TestCaller.provinceAdmin("36");
    static final List<String> REPORTS = List.of("action-plan", "innovation-recap", "quarterly-monev",
            "reporting-compliance", "replications", "indicator-achievement", "early-warning", "innovation-index");

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRebuildFromTheTopicsGivesEveryReportAsBuiltIncrementallyAndSwitchesWhileTheReportsAnswer() {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("36.71");
        SeedEvents.Diskominfo diskominfo = new SeedEvents.Diskominfo("36.71");
        SeedEvents.Inspektorat inspektorat = new SeedEvents.Inspektorat("36.71");
        SeedEvents.Ptsp replica = new SeedEvents.Ptsp("36.03");
        List<PantauEvent> scenario = List.of(
                new RegionRegistered("36.71", "Kota Tangerang", RegionLevel.CITY, "36", "Asia/Jakarta",
                        Instant.parse("2025-12-01T00:00:00Z")),
                ptsp.registered(), diskominfo.registered(), inspektorat.registered(), replica.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "10", "2026-03-03T03:30:00Z"),
                ptsp.slipped("2026-02", Severity.RED, "2026-03-03T03:30:01Z"),
                ptsp.alertRaised(ptsp.alertId, "2026-03-03T03:30:02Z"),
                ptsp.alertEscalated(ptsp.alertId, 2, "2026-03-10T03:30:00Z"),
                ptsp.alertAcknowledged(ptsp.alertId, "2026-03-11T02:00:00Z"),
                ptsp.measured("2026-03", "9", "2026-04-03T03:30:00Z"),
                ptsp.forecastMiss("2026-04-03T03:30:02Z"),
                ptsp.overdue("2026-04", "2026-05-15", "2026-05-16T00:00:00Z"),
                ptsp.stageChanged(InnovationStage.UJI_COBA, "2026-02-01T02:00:00Z"),
                diskominfo.measured("2026-Q1", "0", "2026-04-02T02:00:00Z"),
                inspektorat.measured("2026-05", "1.5", "2026-06-02T02:00:00Z"),
                new InnovationReplicated(ptsp.innovationId, "36.71", SeedEvents.PTSP, replica.innovationId, "36.03",
                        SeedEvents.PTSP, Instant.parse("2026-04-10T03:00:00Z")));
        try (EventFeed events = new EventFeed(kafka, mongo)) {
            events.awaitHandled(events.publish(scenario));
        }
        Map<String, JsonNode> before = everyReport();
        assertThat(before.get("action-plan?region=36").get("rows")).hasSize(4);
        assertThat(before.get("replications?region=36").get("replications")).hasSize(1);

        ApiClient.Response started = api().post("/api/v1/projections/rebuild", null);
        assertThat(started.status()).isEqualTo(202);
        String rebuildId = started.json().get("rebuildId").asString();
        assertThat(started.header("Location")).endsWith("/api/v1/projections/rebuild/" + rebuildId);
        assertThat(started.json().get("version").asLong()).isEqualTo(started.json().get("previousVersion").asLong() + 1);
        ApiClient.Response second = api().post("/api/v1/projections/rebuild", null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("projection-rebuild-running");
        String audited = "/api/v1/audit?entity=projection-rebuild&id=" + rebuildId;
        JsonNode audit = api().get(audited).json().get("content");
        assertThat(audit).as("the refused second start is no change").hasSize(1);
        assertThat(audit.at("/0/entry/action").asString()).isEqualTo("start");
        assertThat(audit.at("/0/entry/subject").asString()).isEqualTo(BANTEN_ADMIN.subject());
        assertThat(audit.at("/0/entry/region").asString()).isEqualTo("36");
        assertThat(audit.at("/0/entry/afterDigest").asString()).hasSize(64);
        assertThat(new ApiClient("http://127.0.0.1:" + port).as(TestCaller.provinceAdmin("32")).get(audited).json()
                .get("totalElements").asInt()).as("another province's admin").isZero();
        JsonNode verification = api().get("/api/v1/audit/verification").json();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("lastHash").asString()).isEqualTo(audit.at("/0/hash").asString());
        assertThat(meters.find("reporting.projection.rebuild.lag").tag("topic", "innovation-events").gauge())
                .isNotNull();

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            // the reports keep answering, with the same numbers, whichever collections serve them
            assertThat(api().get("/api/v1/reports/action-plan?region=36").json())
                    .isEqualTo(before.get("action-plan?region=36"));
            JsonNode status = api().get("/api/v1/projections/rebuild/" + rebuildId).json();
            assertThat(status.get("state").asString()).isNotEqualTo("FAILED");
            return status.get("state").asString().equals("COMPLETED");
        });

        JsonNode completed = api().get("/api/v1/projections/rebuild/" + rebuildId).json();
        long version = completed.get("version").asLong();
        assertThat(completed.get("events").asLong()).isGreaterThanOrEqualTo(scenario.size());
        assertThat(completed.get("endOffsets").get("innovation-events").asLong()).isPositive();
        assertThat(completed.get("switchedAt").isNull()).isFalse();
        assertThat(mongo.getCollectionNames()).contains("action_plan_v" + version, "measurement_history_v" + version)
                .doesNotContain(version == 1 ? "action_plan" : "action_plan_v" + (version - 1));
        Map<String, JsonNode> after = everyReport();
        after.forEach((report, json) -> assertThat(json).as(report).isEqualTo(before.get(report)));
        assertThat(withoutNo(api().get("/api/v1/reports/action-plan/" + ptsp.innovationId).json()))
                .isEqualTo(withoutNo(beforeRow(before, ptsp.innovationId)));

        // the live consumers write into the new collections now
        SeedEvents.Ptsp later = new SeedEvents.Ptsp("36.71");
        try (EventFeed events = new EventFeed(kafka, mongo)) {
            events.awaitHandled(events.publish(later.registered()));
        }
        assertThat(api().get("/api/v1/reports/action-plan?region=36.71").json().get("rows")
                .findValuesAsString("innovationId")).contains(later.innovationId);
    }

    @Test
    void onlyAProvinceAdminRebuildsAndAnUnknownRebuildIsNotFound() {
        ApiClient viewer = new ApiClient("http://127.0.0.1:" + port).as(TestCaller.viewer("36.71"));
        assertThat(viewer.post("/api/v1/projections/rebuild", null).status()).isEqualTo(403);

        ApiClient.Response unknown = api().get("/api/v1/projections/rebuild/tidak-ada");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("projection-rebuild-not-found");
    }

    /** Every report of the province and of Kota Tangerang, now and for the first triwulan, by path. */
    private Map<String, JsonNode> everyReport() {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (String report : REPORTS) {
            for (String query : List.of("?region=36", "?region=36.71&period=2026-Q1", "?region=36.71&period=sd-2026-S1")) {
                ApiClient.Response response = api().get("/api/v1/reports/" + report + query);
                assertThat(response.status()).as(report + query).isEqualTo(200);
                reports.put(report + query, response.json());
            }
        }
        return reports;
    }

    private static JsonNode beforeRow(Map<String, JsonNode> before, String innovationId) {
        for (JsonNode row : before.get("action-plan?region=36").get("rows")) {
            if (row.get("innovationId").asString().equals(innovationId)) {
                return row;
            }
        }
        throw new AssertionError("no row " + innovationId);
    }

    private static JsonNode withoutNo(JsonNode row) {
        ObjectNode copy = (ObjectNode) row.deepCopy();
        copy.remove("no");
        return copy;
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port).as(BANTEN_ADMIN);
    }
}
