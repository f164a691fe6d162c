package id.pantau.innovation.innovation;

import id.pantau.events.IndicatorAdded;
import id.pantau.events.IndicatorRetired;
import id.pantau.events.IndicatorTargetRevised;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationReplicated;
import id.pantau.events.InnovationStage;
import id.pantau.events.InnovationStageChanged;
import id.pantau.events.InnovationUpdated;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import id.pantau.testing.TestCaller;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An innovation after its registration, through the HTTP API: its full profile, changes of its description and
 * of its stage under optimistic concurrency (ETag / If-Match), the events and audit records they leave, and the
 * lists and counts that find it. Its events go to a topic of its own, so that the registration tests keep
 * innovation-events to themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.stream.bindings.innovation-events.destination=lifecycle.innovation-events")
abstract class AbstractInnovationLifecycleIT {

    private static final String REGION = "32.73";
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final TestCaller PTSP_OPERATOR = TestCaller.opdOperator(REGION, PTSP);

    private static EventProbe events;

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void kotaBandungWithItsOpds() {
        if (events == null) {
            events = EventProbe.on(kafka, "lifecycle.innovation-events");
        }
        setUp("/api/v1/regions", Map.of("code", "32"));
        setUp("/api/v1/regions", Map.of("code", REGION));
        setUp("/api/v1/regions/32.73/opds", Map.of("code", PTSP, "name", "Dinas PTSP", "kind", "DINAS"));
        setUp("/api/v1/regions/32.73/opds", Map.of("code", DISKOMINFO, "name", "Diskominfo", "kind", "DINAS"));
        setUp("/api/v1/regions", Map.of("code", "32.04"));
        setUp("/api/v1/regions/32.04/opds", Map.of("code", PTSP, "name", "Dinas PTSP Kabupaten", "kind", "DINAS"));
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        events.close();
        events = null;
    }

    @Test
    void theWholeProfileIsStoredAndReturnedWithTheVersionAsETag() {
        Map<String, Object> row = ptspRow("Perizinan daring");
        row.put("supportingOpdCodes", List.of(DISKOMINFO));
        row.put("trialStartDate", "2026-02-01");
        row.put("profile", profile(true, "Perizinan"));
        row.put("indicators", List.of(Map.of("name", "Izin terbit", "kind", "TREND", "unit", "izin",
                "polarity", "HIGHER_IS_BETTER", "baseline", 0, "target", 600, "frequency", "QUARTERLY",
                "aggregation", "SUM", "periodTargets", List.of(Map.of("period", "2026-Q1", "target", 200),
                        Map.of("period", "2026-Q2", "target", 400)))));

        ApiClient.Response created = as(PTSP_OPERATOR).post("/api/v1/innovations", row);
        ApiClient.Response read = as(PTSP_OPERATOR).get(created.header("Location"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(read.header("ETag")).isEqualTo("\"0\"").isEqualTo(created.header("ETag"));
        JsonNode innovation = read.json();
        assertThat(innovation.get("supportingOpdCodes").get(0).asString()).isEqualTo(DISKOMINFO);
        assertThat(innovation.get("trialStartDate").asString()).isEqualTo("2026-02-01");
        assertThat(innovation.at("/profile/initiatorType").asString()).isEqualTo("OPD");
        assertThat(innovation.at("/profile/collaborators/0/kind").asString()).isEqualTo("AKADEMISI");
        assertThat(innovation.at("/profile/budgetSource").asString()).isEqualTo("APBD");
        assertThat(innovation.at("/stageHistory/0/to").asString()).isEqualTo("INISIATIF");
        assertThat(innovation.at("/indicators/0/aggregation").asString()).isEqualTo("SUM");
        assertThat(innovation.at("/indicators/0/periodTargets/1/period").asString()).isEqualTo("2026-Q2");
        assertThat(innovation.at("/stageHistory/0/changedBy").asString()).isEqualTo(PTSP_OPERATOR.subject());
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndIsAnnouncedAndAudited() {
        String id = register(ptspRow("Perizinan satu pintu"));
        String path = "/api/v1/innovations/" + id;
        Map<String, Object> patch = Map.of("title", "Perizinan satu pintu daring", "form", "TATA_KELOLA");

        ApiClient.Response withoutIfMatch = as(PTSP_OPERATOR).send("PATCH", path, patch);
        ApiClient.Response updated = as(PTSP_OPERATOR).send("PATCH", path, patch, "If-Match", "\"0\"");
        ApiClient.Response stale = as(PTSP_OPERATOR).send("PATCH", path, Map.of("title", "Lama"), "If-Match", "\"0\"");
        ApiClient.Response wrongType = as(PTSP_OPERATOR).send("PATCH", path, Map.of("form", "BARU"), "If-Match", "\"1\"");
        ApiClient.Response lateTarget = as(PTSP_OPERATOR).send("PATCH", path, Map.of("targetDate", "2026-05-31"),
                "If-Match", "\"1\"");

        assertProblem(withoutIfMatch, 428, "if-match-required");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().get("title").asString()).isEqualTo("Perizinan satu pintu daring");
        assertThat(updated.json().get("problem").asString()).isEqualTo("Layanan lambat");
        assertProblem(stale, 412, "stale-version");
        assertProblem(wrongType, 400, "validation-failed");
        assertProblem(lateTarget, 400, "validation-failed");
        assertThat(lateTarget.json().at("/errors/0/field").asString()).isEqualTo("targetDate");
        assertThat(as(PTSP_OPERATOR).get(path).json()).as("refusals change nothing").isEqualTo(updated.json());
        InnovationUpdated event = events.await(InnovationUpdated.class, announced -> announced.innovationId().equals(id));
        assertThat(event.title()).isEqualTo("Perizinan satu pintu daring");
        assertThat(event.form().name()).isEqualTo("TATA_KELOLA");
        assertThat(actions(id)).containsExactly("register", "update");
    }

    @Test
    void theStagesMoveForwardWithTheirGuardsAndEveryStepIsKept() {
        String id = register(ptspRow("Perizinan berjenjang"));
        String stage = "/api/v1/innovations/" + id + "/stage";

        ApiClient.Response trial = move(stage, "\"0\"", Map.of("stage", "UJI_COBA", "date", "2026-02-02"));
        ApiClient.Response noDate = move(stage, "\"1\"", Map.of("stage", "PENERAPAN"));
        ApiClient.Response backwards = move(stage, "\"1\"", Map.of("stage", "INISIATIF"));
        ApiClient.Response unknown = move(stage, "\"1\"", Map.of("stage", "SELESAI"));
        ApiClient.Response implemented = move(stage, "\"1\"", Map.of("stage", "PENERAPAN", "date", "2026-04-01"));
        ApiClient.Response noReason = move(stage, "\"2\"", Map.of("stage", "DIARSIPKAN"));
        ApiClient.Response archived = move(stage, "\"2\"", Map.of("stage", "DIARSIPKAN",
                "reason", "Dilebur ke aplikasi perizinan provinsi"));
        ApiClient.Response afterArchive = as(PTSP_OPERATOR).send("PATCH", "/api/v1/innovations/" + id,
                Map.of("title", "x"), "If-Match", "\"3\"");

        assertThat(trial.status()).as(trial.body()).isEqualTo(200);
        assertThat(trial.json().get("trialStartDate").asString()).isEqualTo("2026-02-02");
        assertProblem(noDate, 400, "validation-failed");
        assertProblem(backwards, 409, "stage-transition-forbidden");
        assertProblem(unknown, 400, "validation-failed");
        assertThat(implemented.status()).as(implemented.body()).isEqualTo(200);
        assertProblem(noReason, 400, "validation-failed");
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.header("ETag")).isEqualTo("\"3\"");
        assertProblem(afterArchive, 409, "innovation-archived");
        assertThat(archived.json().get("stageHistory").valueStream().map(step -> step.get("to").asString()).toList())
                .containsExactly("INISIATIF", "UJI_COBA", "PENERAPAN", "DIARSIPKAN");
        assertThat(archived.json().at("/stageHistory/3/reason").asString())
                .isEqualTo("Dilebur ke aplikasi perizinan provinsi");
        InnovationStageChanged toTrial = events.await(InnovationStageChanged.class,
                changed -> changed.innovationId().equals(id) && changed.to() == InnovationStage.UJI_COBA);
        assertThat(toTrial.from()).isEqualTo(InnovationStage.INISIATIF);
        assertThat(toTrial.changedBy()).isEqualTo(PTSP_OPERATOR.subject());
        assertThat(toTrial.changedAt()).isEqualTo(Instant.parse(trial.json().at("/stageHistory/1/changedAt").asString()));
        events.await(InnovationStageChanged.class,
                changed -> changed.innovationId().equals(id) && changed.to() == InnovationStage.PENERAPAN);
        assertThat(actions(id)).containsExactly("register", "stage", "stage", "stage");
    }

    @Test
    void indicatorsAreAddedRevisedWithTheirHistoryAndRetiredEachAnnounced() {
        String id = register(ptspRow("Perizinan terukur"));
        String indicators = "/api/v1/innovations/" + id + "/indicators";
        String serviceTime = as(PTSP_OPERATOR).get("/api/v1/innovations/" + id).json().at("/indicators/0/id").asString();
        Map<String, Object> satisfaction = Map.of("name", "Kepuasan pemohon", "kind", "TREND", "unit", "%",
                "polarity", "HIGHER_IS_BETTER", "baseline", 60, "target", 80, "frequency", "QUARTERLY");

        ApiClient.Response flat = as(PTSP_OPERATOR).post(indicators, Map.of("name", "Datar", "kind", "TREND",
                "unit", "%", "polarity", "HIGHER_IS_BETTER", "baseline", 60, "target", 60, "deadline", "2025-12-31",
                "frequency", "QUARTERLY"), "If-Match", "\"0\"");
        ApiClient.Response added = as(PTSP_OPERATOR).post(indicators, satisfaction, "If-Match", "\"0\"");
        ApiClient.Response again = as(PTSP_OPERATOR).post(indicators, satisfaction, "If-Match", "\"0\"");
        ApiClient.Response revised = as(PTSP_OPERATOR).post(indicators + "/" + serviceTime + "/revisions",
                Map.of("target", 6, "deadline", "2026-05-31", "reason", "Revisi tengah tahun"), "If-Match", "\"1\"");
        ApiClient.Response unknown = as(PTSP_OPERATOR).post(indicators + "/tidak-ada/revisions",
                Map.of("target", 6, "reason", "x"), "If-Match", "\"2\"");
        ApiClient.Response retired = as(PTSP_OPERATOR).post(indicators + "/" + serviceTime + "/retirement",
                Map.of("reason", "Diganti kepuasan pemohon"), "If-Match", "\"2\"");
        ApiClient.Response reviseRetired = as(PTSP_OPERATOR).post(indicators + "/" + serviceTime + "/revisions",
                Map.of("target", 7, "reason", "x"), "If-Match", "\"3\"");
        String satisfactionId = added.json().at("/indicators/1/id").asString();
        ApiClient.Response last = as(PTSP_OPERATOR).post(indicators + "/" + satisfactionId + "/retirement",
                Map.of("reason", "x"), "If-Match", "\"3\"");

        assertProblem(flat, 400, "validation-failed");
        assertThat(flat.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("target", "deadline");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        assertProblem(again, 412, "stale-version");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        JsonNode revision = revised.json().at("/indicators/0/revisions/0");
        assertThat(List.of(revision.get("oldTarget").asString(), revision.get("newTarget").asString(),
                revision.get("oldDeadline").asString(), revision.get("newDeadline").asString()))
                .containsExactly("5", "6", "2026-06-30", "2026-05-31");
        assertProblem(unknown, 404, "indicator-not-found");
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().at("/indicators/0/retiredReason").asString()).isEqualTo("Diganti kepuasan pemohon");
        assertProblem(reviseRetired, 409, "indicator-retired");
        assertProblem(last, 409, "last-indicator");
        IndicatorAdded announcedAddition = events.await(IndicatorAdded.class, event -> event.innovationId().equals(id));
        assertThat(announcedAddition.indicator().indicatorId()).isEqualTo(satisfactionId);
        assertThat(announcedAddition.addedBy()).isEqualTo(PTSP_OPERATOR.subject());
        IndicatorTargetRevised announcedRevision = events.await(IndicatorTargetRevised.class,
                event -> event.innovationId().equals(id));
        assertThat(announcedRevision.oldTarget()).isEqualByComparingTo("5");
        assertThat(announcedRevision.newTarget()).isEqualByComparingTo("6");
        assertThat(announcedRevision.newDeadline()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(announcedRevision.reason()).isEqualTo("Revisi tengah tahun");
        assertThat(events.await(IndicatorRetired.class, event -> event.innovationId().equals(id)).indicatorId())
                .isEqualTo(serviceTime);
        assertThat(actions(id)).containsExactly("register", "add-indicator", "revise-indicator", "retire-indicator");
    }

    @Test
    void aReplicationRegistersTheReplicaInTheAdoptersRegionAndIsCountedByTheOriginal() {
        String original = register(ptspRow("Perizinan daring untuk ditiru"));
        Map<String, Object> kabupaten = Map.of("regionCode", "32.04", "opdCode", PTSP, "date", "2026-07-01",
                "documents", List.of(Map.of("title", "SK Bupati tentang replikasi", "type", "SK",
                        "url", "https://jdih.bandungkab.go.id/sk-replikasi.pdf", "date", "2026-06-20")));

        ApiClient.Response fromOtherRegion = as(PTSP_OPERATOR).post("/api/v1/innovations/" + original + "/replications",
                kabupaten);
        ApiClient.Response replica = admin().post("/api/v1/innovations/" + original + "/replications", kabupaten,
                "Idempotency-Key", "replikasi-1");
        ApiClient.Response again = admin().post("/api/v1/innovations/" + original + "/replications", kabupaten);
        ApiClient.Response inactive = admin().post("/api/v1/innovations/" + original + "/replications",
                Map.of("regionCode", "32.01", "opdCode", PTSP, "date", "2026-07-01"));
        JsonNode source = admin().get("/api/v1/innovations/" + original).json();

        assertProblem(fromOtherRegion, 404, "not-found");
        assertThat(replica.status()).as(replica.body()).isEqualTo(201);
        String replicaId = replica.json().get("id").asString();
        assertThat(replica.header("Location")).isEqualTo("/api/v1/innovations/" + replicaId);
        assertThat(List.of(replica.json().get("regionCode").asString(), replica.json().get("opdName").asString(),
                replica.json().get("startDate").asString(), replica.json().get("targetDate").asString()))
                .containsExactly("32.04", "Dinas PTSP Kabupaten", "2026-07-01", "2026-12-31");
        assertThat(replica.json().at("/replicaOf/innovationId").asString()).isEqualTo(original);
        assertThat(replica.json().at("/replicaOf/documents/0/type").asString()).isEqualTo("SK");
        assertProblem(again, 409, "replication-exists");
        assertProblem(inactive, 400, "validation-failed");
        assertThat(source.at("/replications/0/replicaId").asString()).isEqualTo(replicaId);
        assertThat(source.get("replicatedRegionCount").asLong()).isEqualTo(1);
        assertThat(source.get("version").asLong()).isEqualTo(1);
        InnovationReplicated announced = events.await(InnovationReplicated.class,
                event -> event.innovationId().equals(original));
        assertThat(List.of(announced.replicaId(), announced.adopterRegionCode(), announced.adopterOpdCode()))
                .containsExactly(replicaId, "32.04", PTSP);
        assertThat(events.await(InnovationRegistered.class, event -> event.innovationId().equals(replicaId))
                .regionCode()).isEqualTo("32.04");
        assertThat(actions(original)).containsExactly("register", "replicate");
    }

    @Test
    void evidenceIsLinkedToTheInnovationOrOneOfItsIndicators() {
        String id = register(ptspRow("Perizinan berbukti"));
        String indicator = as(PTSP_OPERATOR).get("/api/v1/innovations/" + id).json().at("/indicators/0/id").asString();
        Map<String, Object> decree = Map.of("title", "SK Wali Kota tentang inovasi", "type", "SK",
                "url", "https://jdih.bandung.go.id/sk-inovasi.pdf", "date", "2026-01-15");

        ApiClient.Response linked = as(PTSP_OPERATOR).post("/api/v1/innovations/" + id + "/evidence", decree,
                "If-Match", "\"0\"");
        ApiClient.Response report = as(PTSP_OPERATOR).post("/api/v1/innovations/" + id + "/indicators/" + indicator
                + "/evidence", Map.of("title", "Laporan Januari", "url", "https://dokumen.bandung.go.id/ptsp/01.pdf"),
                "If-Match", "\"1\"");
        ApiClient.Response notALink = as(PTSP_OPERATOR).post("/api/v1/innovations/" + id + "/evidence",
                Map.of("title", " ", "url", "\\\\server\\sk.pdf"), "If-Match", "\"2\"");

        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().at("/evidence/0/url").asString()).isEqualTo("https://jdih.bandung.go.id/sk-inovasi.pdf");
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(report.json().at("/indicators/0/evidence/0/title").asString()).isEqualTo("Laporan Januari");
        assertThat(report.header("ETag")).isEqualTo("\"2\"");
        assertProblem(notALink, 400, "validation-failed");
        assertThat(notALink.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("title", "url");
        assertThat(actions(id)).containsExactly("register", "add-evidence", "add-evidence");
    }

    @Test
    void aTrialNeedsAnIndicatorWithABaseline() {
        Map<String, Object> row = ptspRow("Integrasi data");
        row.put("indicators", List.of(Map.of("name", "Data terpusat", "kind", "MILESTONE", "unit", "status",
                "frequency", "QUARTERLY")));
        String id = register(row);

        ApiClient.Response refused = move("/api/v1/innovations/" + id + "/stage", "\"0\"", Map.of("stage", "UJI_COBA"));

        assertProblem(refused, 400, "validation-failed");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("stage");
    }

    @Test
    void anotherOpdsOperatorNeitherChangesNorMovesIt() {
        String id = register(ptspRow("Perizinan milik PTSP"));
        ApiClient diskominfo = as(TestCaller.opdOperator(REGION, DISKOMINFO));

        assertProblem(diskominfo.send("PATCH", "/api/v1/innovations/" + id, Map.of("title", "x"), "If-Match", "\"0\""),
                403, "out-of-scope");
        assertProblem(move("/api/v1/innovations/" + id + "/stage", "\"0\"", Map.of("stage", "DIHENTIKAN",
                "reason", "x"), diskominfo), 403, "out-of-scope");
        assertProblem(as(TestCaller.regionAdmin("32.04")).send("PATCH", "/api/v1/innovations/" + id,
                Map.of("title", "x"), "If-Match", "\"0\""), 404, "innovation-not-found");
    }

    @Test
    void listsAreFilteredByFormDigitalThemeYearAndTextSortedAndCounted() {
        Map<String, Object> digital = ptspRow("Izin Usaha Kilat");
        digital.put("profile", profile(true, "Perizinan Usaha"));
        Map<String, Object> paper = ptspRow("Loket keliling");
        paper.put("profile", profile(false, "Pelayanan Desa"));
        paper.put("problem", "Warga jauh dari KILAT kantor");
        paper.put("form", "TATA_KELOLA");
        paper.put("startDate", "2027-01-01");
        Map<String, Object> kominfo = ptspRow("Satu data kota");
        kominfo.put("opdCode", DISKOMINFO);
        String izin = register(digital);
        String loket = register(paper);
        String satuData = register(kominfo);
        assertThat(move("/api/v1/innovations/" + satuData + "/stage", "\"0\"", Map.of("stage", "DIHENTIKAN",
                "reason", "Digantikan satu data provinsi"), admin()).status()).isEqualTo(200);
        String mine = "/api/v1/innovations?opd=" + PTSP + "&region=" + REGION;

        assertThat(ids(mine + "&digital=true")).contains(izin).doesNotContain(loket);
        assertThat(ids(mine + "&digital=false")).contains(loket).doesNotContain(izin);
        assertThat(ids(mine + "&theme=perizinan%20usaha")).contains(izin).doesNotContain(loket);
        assertThat(ids(mine + "&form=TATA_KELOLA")).contains(loket).doesNotContain(izin);
        assertThat(ids(mine + "&year=2027")).contains(loket).doesNotContain(izin);
        assertThat(ids("/api/v1/innovations?q=kilat")).containsExactlyInAnyOrder(izin, loket);
        assertThat(ids("/api/v1/innovations?q=kilat&sort=title,asc")).containsExactly(izin, loket);
        assertThat(ids("/api/v1/innovations?q=kilat&sort=startDate,desc")).containsExactly(loket, izin);
        assertProblem(admin().get("/api/v1/innovations?sort=budget"), 400, "validation-failed");
        JsonNode counts = admin().get("/api/v1/innovations/counts?region=" + REGION).json();
        long total = admin().get("/api/v1/innovations?region=" + REGION).json().get("totalElements").asLong();
        assertThat(counts.get("total").asLong()).isEqualTo(total);
        assertThat(counts.at("/byStage/DIHENTIKAN").asLong()).isPositive();
        assertThat(counts.get("byOpd").valueStream().mapToLong(opd -> opd.get("count").asLong()).sum())
                .isEqualTo(total);
        assertThat(admin().get("/api/v1/innovations/counts?q=kilat").json().at("/byStage/INISIATIF").asLong())
                .isEqualTo(2);
    }

    private ApiClient.Response move(String path, String etag, Map<String, Object> body) {
        return move(path, etag, body, as(PTSP_OPERATOR));
    }

    private static ApiClient.Response move(String path, String etag, Map<String, Object> body, ApiClient client) {
        return client.post(path, body, "If-Match", etag);
    }

    private List<String> ids(String path) {
        ApiClient.Response list = admin().get(path);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().get("content").valueStream().map(item -> item.get("id").asString()).toList();
    }

    /** The actions of the innovation's audit records, oldest first, once every outbox is empty. */
    private List<String> actions(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !mongo.exists(
                Query.query(Criteria.where("outbox.0").exists(true)), Innovation.class));
        JsonNode records = admin().get("/api/v1/audit?entity=innovation&id=" + id).json().get("content");
        List<String> actions = new ArrayList<>();
        records.valueStream().forEach(record -> actions.add(record.at("/entry/action").asString()));
        return actions;
    }

    private String register(Map<String, Object> row) {
        ApiClient.Response created = admin().post("/api/v1/innovations", row);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void setUp(String path, Map<String, String> body) {
        ApiClient.Response response = admin().post(path, body, "Idempotency-Key", "setup-" + body.get("code"));
        assertThat(response.status()).as("%s %s", path, response.body()).isEqualTo(201);
    }

    private ApiClient admin() {
        return as(TestCaller.provinceAdmin("32"));
    }

    private ApiClient as(TestCaller caller) {
        return new ApiClient("http://127.0.0.1:" + port).as(caller);
    }

    private static Map<String, Object> profile(boolean digital, String theme) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("digital", digital);
        profile.put("initiatorType", "OPD");
        profile.put("initiatorName", "Dinas PTSP");
        profile.put("governmentAffair", "Penanaman modal");
        profile.put("theme", theme);
        profile.put("summary", "Permohonan izin lewat aplikasi");
        profile.put("budgetSource", "APBD");
        profile.put("collaborators", List.of(Map.of("kind", "AKADEMISI", "name", "Universitas Padjadjaran")));
        return profile;
    }

    private static Map<String, Object> ptspRow(String title) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("regionCode", REGION);
        row.put("opdCode", PTSP);
        row.put("title", title);
        row.put("problem", "Layanan lambat");
        row.put("plannedInnovation", "Aplikasi layanan online");
        row.put("form", "PELAYANAN_PUBLIK");
        row.put("startDate", "2026-01-01");
        row.put("targetDuration", "P6M");
        row.put("indicators", List.of(Map.of("name", "Waktu layanan", "kind", "TREND", "unit", "hari",
                "polarity", "LOWER_IS_BETTER", "baseline", 10, "target", 5, "frequency", "MONTHLY")));
        return row;
    }
}
