package id.pantau.innovation.innovation;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import id.pantau.testing.TestCaller;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Registering innovations through the HTTP API and what the service announces on {@code innovation-events}:
 * the three rows of the action plan every demo uses, refused input that leaves nothing behind, retries with
 * an Idempotency-Key, reading and listing, each within the caller's region and OPD, and the audit record of
 * each registration. This family is the only publisher on the test JVM's innovation-events, so every event
 * read there is one of its innovations (the directory publishes RegionRegistered and OpdRegistered there too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractInnovationRegistrationIT {

    private static final String REGION = "32.73";
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";
    private static final String BAPPEDA = "5.01.0.00.0.00.01.0000";
    private static final String BAPENDA = "5.02.0.00.0.00.01.0000";
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String KABUPATEN_BANDUNG = "32.04";
    private static final TestCaller PROVINCE_ADMIN = TestCaller.provinceAdmin("32");

    private static EventProbe innovationEvents;

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void kotaAndKabupatenBandungWithTheirOpds() {
        if (innovationEvents == null) {
            innovationEvents = EventProbe.on(kafka, "innovation-events");
        }
        create("/api/v1/regions", Map.of("code", "32", "name", "Provinsi Jawa Barat", "level", "PROVINCE"));
        create("/api/v1/regions", Map.of("code", REGION, "name", "Kota Bandung", "level", "CITY", "parentCode", "32"));
        create("/api/v1/regions/32.73/opds", Map.of("code", PTSP,
                "name", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "shortName", "Dinas PTSP"));
        create("/api/v1/regions/32.73/opds", Map.of("code", DISKOMINFO, "name", "Dinas Komunikasi dan Informatika",
                "shortName", "Diskominfo"));
        create("/api/v1/regions/32.73/opds", Map.of("code", INSPEKTORAT, "name", "Inspektorat Daerah",
                "shortName", "Inspektorat"));
        create("/api/v1/regions/32.73/opds", Map.of("code", BAPPEDA, "name", "Badan Perencanaan Pembangunan Daerah"));
        create("/api/v1/regions/32.73/opds", Map.of("code", BAPENDA, "name", "Badan Pendapatan Daerah"));
        create("/api/v1/regions", Map.of("code", KABUPATEN_BANDUNG, "name", "Kabupaten Bandung", "parentCode", "32"));
        create("/api/v1/regions/32.04/opds", Map.of("code", PTSP,
                "name", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "shortName", "Dinas PTSP"));
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        innovationEvents.close();
        innovationEvents = null;
    }

    ApiClient as(TestCaller caller) {
        return new ApiClient("http://127.0.0.1:" + port).as(caller);
    }

    /** The province admin of Jawa Barat, who may register for every OPD of Kota Bandung. */
    ApiClient admin() {
        return as(PROVINCE_ADMIN);
    }

    @Test
    void theThreeActionPlanRowsAreRegisteredAndAnnouncedWithTheirIndicators() {
        assertRegisteredAndAnnounced(ptspRow(), "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                LocalDate.of(2026, 6, 30), new IndicatorDefinition(null, "Waktu layanan", IndicatorKind.TREND, "hari",
                        Polarity.LOWER_IS_BETTER, BigDecimal.valueOf(10), BigDecimal.valueOf(5),
                        LocalDate.of(2026, 6, 30), ReportingFrequency.MONTHLY));
        assertRegisteredAndAnnounced(diskominfoRow(), "Dinas Komunikasi dan Informatika",
                LocalDate.of(2026, 12, 31), new IndicatorDefinition(null, "Data terpusat dan valid",
                        IndicatorKind.MILESTONE, "status", Polarity.HIGHER_IS_BETTER, null, null,
                        LocalDate.of(2026, 12, 31), ReportingFrequency.QUARTERLY));
        assertRegisteredAndAnnounced(inspektoratRow(), "Inspektorat Daerah",
                LocalDate.of(2026, 6, 30), new IndicatorDefinition(null, "Waktu respons aduan", IndicatorKind.BOUND,
                        "hari", Polarity.LOWER_IS_BETTER, null, BigDecimal.valueOf(2), LocalDate.of(2026, 6, 30),
                        ReportingFrequency.MONTHLY));
    }

    private void assertRegisteredAndAnnounced(Map<String, Object> row, String opdName, LocalDate targetDate,
                                              IndicatorDefinition expected) {
        TestCaller operator = TestCaller.opdOperator(REGION, (String) row.get("opdCode"));
        ApiClient.Response created = as(operator).post("/api/v1/innovations", row);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        String indicatorId = body.at("/indicators/0/id").asString();
        assertThat(id).matches("[0-9a-f]{24}");
        assertThat(indicatorId).matches("[0-9a-f]{24}").isNotEqualTo(id);
        assertThat(created.header("Location")).isEqualTo("/api/v1/innovations/" + id);
        assertThat(body.get("stage").asString()).isEqualTo("INISIATIF");
        assertThat(body.get("targetDate").asString()).isEqualTo(targetDate.toString());
        assertThat(body.get("opdName").asString()).isEqualTo(opdName);
        assertThat(as(TestCaller.viewer(REGION)).get("/api/v1/innovations/" + id).json()).isEqualTo(body);

        EventProbe.Recorded record = published(id);
        InnovationRegistered event = (InnovationRegistered) record.event();
        assertThat(record.type()).isEqualTo("id.pantau.InnovationRegistered.v1");
        assertThat(record.subject()).isEqualTo(id);
        assertThat(record.headers()).containsKeys("ce_id", "ce_time")
                .containsEntry("ce_source", "/pantau/innovation-service")
                .containsEntry("ce_specversion", "1.0");
        assertThat(event.innovationId()).isEqualTo(id);
        assertThat(event.regionCode()).isEqualTo(REGION);
        assertThat(event.opdCode()).isEqualTo(row.get("opdCode"));
        assertThat(event.opdName()).isEqualTo(opdName);
        assertThat(event.title()).isEqualTo(row.get("title"));
        assertThat(event.problem()).isEqualTo(row.get("problem"));
        assertThat(event.form()).hasToString((String) row.get("form"));
        assertThat(event.stage()).isEqualTo(InnovationStage.INISIATIF);
        assertThat(event.startDate()).isEqualTo(START);
        assertThat(event.targetDate()).isEqualTo(targetDate);
        // registered with the defaults: the last value of a period, PermenPANRB for lower-is-better, no evidence
        assertThat(event.indicators()).containsExactly(new IndicatorDefinition(indicatorId, expected.name(),
                expected.kind(), expected.unit(), expected.polarity(), expected.baseline(), expected.target(),
                expected.deadline(), expected.frequency(), Aggregation.LAST,
                expected.polarity() == Polarity.LOWER_IS_BETTER ? AchievementFormula.PERMENPANRB : null, List.of(),
                false));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mongo.exists(
                Query.query(Criteria.where("_id").is(id).and("outbox.0").exists(true)), Innovation.class)).isFalse());
    }

    static Stream<Arguments> refusedRows() {
        return Stream.of(
                refused("an unregistered region", row -> row.put("regionCode", "32.99"), "regionCode"),
                refused("a region of the official list not switched on", row -> row.put("regionCode", "32.01"),
                        "regionCode"),
                refused("an OPD not registered in the region", row -> row.put("opdCode", "1.02.0.00.0.00.01.0000"),
                        "opdCode"),
                refused("no title, problem, planned innovation or form", row -> {
                    row.remove("title");
                    row.put("problem", " ");
                    row.remove("plannedInnovation");
                    row.remove("form");
                }, "title", "problem", "plannedInnovation", "form"),
                refused("a title too long", row -> row.put("title", "t".repeat(201)), "title"),
                refused("no target time", row -> row.remove("targetDuration"), "targetDate"),
                refused("a target date and a duration", row -> row.put("targetDate", "2026-06-30"), "targetDuration"),
                refused("a target date before the start", row -> {
                    row.remove("targetDuration");
                    row.put("targetDate", "2025-12-31");
                }, "targetDate"),
                refused("no indicator", row -> row.put("indicators", List.of()), "indicators"),
                refused("21 indicators", row -> row.put("indicators", IntStream.rangeClosed(1, 21)
                        .mapToObj(i -> trend("Indikator " + i, 10, 5)).toList()), "indicators"),
                refused("a lower-is-better trend upwards", row -> indicator(row).put("target", 20),
                        "indicators[0].target"),
                refused("a trend to its baseline", row -> indicator(row).put("target", 10), "indicators[0].target"),
                refused("a trend without baseline", row -> indicator(row).remove("baseline"), "indicators[0].baseline"),
                refused("a bound without its limit", row -> {
                    indicator(row).put("kind", "BOUND");
                    indicator(row).remove("target");
                }, "indicators[0].target"),
                refused("a milestone with values and lower-is-better", row -> indicator(row).put("kind", "MILESTONE"),
                        "indicators[0].polarity", "indicators[0].baseline", "indicators[0].target"),
                refused("a deadline after the target date", row -> indicator(row).put("deadline", "2026-07-01"),
                        "indicators[0].deadline"),
                refused("a deadline on the start date", row -> indicator(row).put("deadline", "2026-01-01"),
                        "indicators[0].deadline"),
                refused("the same indicator twice", row -> row.put("indicators",
                        List.of(trend("Waktu layanan", 10, 5), trend("Waktu layanan", 8, 4))), "indicators[1].name"),
                refused("an unknown form", row -> row.put("form", "INOVATIF"), "form"),
                refused("an unknown indicator kind", row -> indicator(row).put("kind", "TARGET"),
                        "indicators[0].kind"),
                refused("a duration that is not ISO-8601", row -> row.put("targetDuration", "6 bulan"),
                        "targetDuration"),
                refused("a start date that is not ISO-8601", row -> row.put("startDate", "01/01/2026"), "startDate"),
                refused("a baseline that is no number", row -> indicator(row).put("baseline", "sepuluh"),
                        "indicators[0].baseline"),
                refused("several mistakes at once", row -> {
                    row.remove("regionCode");
                    row.put("title", "");
                    indicator(row).remove("name");
                    indicator(row).remove("frequency");
                }, "regionCode", "title", "indicators[0].name", "indicators[0].frequency"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRows")
    void aRefusedRowIsExplainedFieldByFieldAndLeavesNothingBehind(String description,
                                                                 Consumer<Map<String, Object>> breakIt,
                                                                 List<String> fields) {
        Map<String, Object> row = ptspRow();
        breakIt.accept(row);
        long innovationsBefore = mongo.count(new Query(), Innovation.class);

        ApiClient.Response refused = admin().post("/api/v1/innovations", row, "Idempotency-Key", description);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(fields(refused)).containsExactlyInAnyOrderElementsOf(fields);
        assertNothingWritten(innovationsBefore, description);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAndLeavesNothingBehind() {
        long innovationsBefore = mongo.count(new Query(), Innovation.class);

        ApiClient.Response refused = admin().post("/api/v1/innovations", "{\"regionCode\": \"32.73\",",
                "Idempotency-Key", "not-json");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("malformed-body");
        assertNothingWritten(innovationsBefore, "not-json");
    }

    @Test
    void fieldErrorsAreExplainedInIndonesianAndInEnglishOnRequest() {
        Map<String, Object> upwards = ptspRow();
        indicator(upwards).put("target", 20);

        ApiClient.Response indonesian = admin().post("/api/v1/innovations", upwards);
        ApiClient.Response english = admin().post("/api/v1/innovations", upwards, "Accept-Language", "en");

        assertThat(indonesian.json().get("title").asString()).isEqualTo("Data tidak valid");
        assertThat(indonesian.json().at("/errors/0/message").asString())
                .isEqualTo("target 20 di atas baseline 10, padahal makin rendah makin baik");
        assertThat(english.json().at("/errors/0/message").asString())
                .isEqualTo("target 20 is above the baseline 10, but lower is better");
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyIsAnsweredAgainWithOneInnovationAndOneEvent() {
        Map<String, Object> row = ptspRow();
        row.put("title", "Perizinan online, dikirim ulang");

        ApiClient.Response first = admin().post("/api/v1/innovations", row, "Idempotency-Key", "ptsp-retry");
        ApiClient.Response retry = admin().post("/api/v1/innovations", row, "Idempotency-Key", "ptsp-retry");
        row.put("problem", "Another problem");
        ApiClient.Response otherBody = admin().post("/api/v1/innovations", row, "Idempotency-Key", "ptsp-retry");

        String id = first.json().get("id").asString();
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(idempotencyRecordKept("ptsp-retry")).isTrue();
        assertThat(mongo.count(Query.query(Criteria.where("title").is("Perizinan online, dikirim ulang")),
                Innovation.class)).isEqualTo(1);
        published(registerMarker());
        assertThat(innovationEvents.recorded()).filteredOn(record -> id.equals(record.key())).hasSize(1);
        assertThat(auditOf(id, as(PROVINCE_ADMIN))).as("a replay writes nothing, so audits nothing").hasSize(1);
    }

    @Test
    void anOpdOperatorOfKabupatenBandungNeitherSeesNorRegistersForKotaBandung() {
        ApiClient kabupatenPtsp = as(TestCaller.opdOperator(KABUPATEN_BANDUNG, PTSP));
        String kotaInnovation = admin().post("/api/v1/innovations", ptspRow()).json().get("id").asString();
        Map<String, Object> ownRow = ptspRow();
        ownRow.put("regionCode", KABUPATEN_BANDUNG);
        ownRow.put("title", "Perizinan daring Kabupaten Bandung");
        String ownInnovation = kabupatenPtsp.post("/api/v1/innovations", ownRow).json().get("id").asString();
        long innovationsBefore = mongo.count(new Query(), Innovation.class);

        ApiClient.Response register = kabupatenPtsp.post("/api/v1/innovations", ptspRow(), "Idempotency-Key",
                "kabupaten-for-kota");

        assertProblem(register, 404, "not-found");
        assertNothingWritten(innovationsBefore, "kabupaten-for-kota");
        assertProblem(kabupatenPtsp.get("/api/v1/innovations/" + kotaInnovation), 404, "innovation-not-found");
        assertThat(kabupatenPtsp.get("/api/v1/innovations/" + ownInnovation).status()).isEqualTo(200);
        assertThat(ids(kabupatenPtsp.get("/api/v1/innovations?size=100"))).contains(ownInnovation)
                .doesNotContain(kotaInnovation);
        assertThat(ids(kabupatenPtsp.get("/api/v1/innovations?region=32.73&size=100"))).isEmpty();
        assertThat(ids(kabupatenPtsp.get("/api/v1/innovations?opd=" + PTSP + "&size=100")))
                .doesNotContain(kotaInnovation);
        assertThat(ids(admin().get("/api/v1/innovations?opd=" + PTSP + "&size=100")))
                .contains(kotaInnovation, ownInnovation);
    }

    @Test
    void anOpdOperatorRegistersForItsOwnOpdOnly() {
        long innovationsBefore = mongo.count(new Query(), Innovation.class);

        ApiClient.Response forPtsp = as(TestCaller.opdOperator(REGION, DISKOMINFO)).post("/api/v1/innovations",
                ptspRow());
        ApiClient.Response byAViewer = as(TestCaller.viewer(REGION)).post("/api/v1/innovations", ptspRow());

        assertProblem(forPtsp, 403, "out-of-scope");
        assertProblem(byAViewer, 403, "forbidden");
        assertThat(mongo.count(new Query(), Innovation.class)).isEqualTo(innovationsBefore);
    }

    @Test
    void aRegistrationIsAuditedWithItsCallerAndSeenByItsRegionOnly() {
        TestCaller operator = TestCaller.opdOperator(REGION, INSPEKTORAT);
        Map<String, Object> row = inspektoratRow();
        row.put("title", "Pengaduan terintegrasi, diaudit");

        ApiClient.Response created = as(operator).post("/api/v1/innovations", row, "X-Request-Id", "audit-inspektorat");
        String id = created.json().get("id").asString();

        JsonNode records = auditOf(id, as(TestCaller.inspector(REGION)));
        assertThat(records).hasSize(1);
        JsonNode entry = records.get(0).get("entry");
        assertThat(Stream.of("entity", "entityId", "action", "region", "opd", "subject", "client", "requestId")
                .map(name -> entry.get(name).asString()).toList()).containsExactly("innovation", id, "register",
                REGION, INSPEKTORAT, operator.subject(), operator.client(), "audit-inspektorat");
        assertThat(entry.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("OPD_OPERATOR");
        assertThat(entry.has("beforeDigest")).as("a registration has no state before").isFalse();
        assertThat(entry.get("afterDigest").asString()).hasSize(64);
        assertThat(auditOf(id, as(PROVINCE_ADMIN))).hasSize(1);
        assertThat(auditOf(id, as(TestCaller.inspector(KABUPATEN_BANDUNG)))).isEmpty();
        assertProblem(as(operator).get("/api/v1/audit?entity=innovation&id=" + id), 403, "forbidden");
    }

    @Test
    void innovationsAreListedNewestFirstAndFilteredByRegionOpdAndStage() {
        Map<String, Object> older = row(BAPENDA, "Pajak daerah daring", "Antrean pembayaran", "Pembayaran daring",
                "PELAYANAN_PUBLIK", "P1Y", trend("Pembayaran daring", 10, 60));
        Map<String, Object> newer = new LinkedHashMap<>(older);
        newer.put("title", "Retribusi nontunai");
        assertThat(admin().post("/api/v1/innovations", older).status()).isEqualTo(201);
        assertThat(admin().post("/api/v1/innovations", newer).status()).isEqualTo(201);
        String bapenda = "/api/v1/innovations?region=32.73&opd=" + BAPENDA;

        ApiClient.Response both = admin().get(bapenda);
        ApiClient.Response secondPage = admin().get(bapenda + "&size=1&page=1");

        assertThat(titles(both)).containsExactly("Retribusi nontunai", "Pajak daerah daring");
        assertThat(titles(secondPage)).containsExactly("Pajak daerah daring");
        assertThat(secondPage.json().get("totalElements").asLong()).isEqualTo(2);
        assertThat(secondPage.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(titles(admin().get(bapenda + "&stage=INISIATIF"))).hasSize(2);
        assertThat(titles(admin().get(bapenda + "&stage=PENERAPAN"))).isEmpty();
        assertThat(titles(admin().get("/api/v1/innovations?region=32.71&opd=" + BAPENDA))).isEmpty();
        assertThat(admin().get("/api/v1/innovations?size=100").json().get("totalElements").asLong())
                .isEqualTo(mongo.count(new Query(), Innovation.class));
        ApiClient.Response badStage = admin().get("/api/v1/innovations?stage=SELESAI");
        assertThat(badStage.status()).isEqualTo(400);
        assertThat(fields(badStage)).containsExactly("stage");
    }

    @Test
    void anUnknownInnovationIsANotFoundProblem() {
        ApiClient.Response unknown = admin().get("/api/v1/innovations/0123456789abcdef01234567");
        ApiClient.Response notAnId = admin().get("/api/v1/innovations/perizinan");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().get("code").asString()).isEqualTo("innovation-not-found");
        assertThat(notAnId.status()).isEqualTo(404);
    }

    /** Whether a registration's Idempotency-Key has a record, whoever's it is (record ids end with the key). */
    private boolean idempotencyRecordKept(String idempotencyKey) {
        return mongo.exists(Query.query(Criteria.where("_id").regex(
                "^create-innovation:.*:" + java.util.regex.Pattern.quote(idempotencyKey) + "$")), "idempotency_keys");
    }

    /**
     * No innovation stored, no idempotency record kept, and, once an innovation registered afterwards has
     * been announced, every announced innovation is a stored one.
     */
    private void assertNothingWritten(long innovationsBefore, String idempotencyKey) {
        assertThat(mongo.count(new Query(), Innovation.class)).isEqualTo(innovationsBefore);
        assertThat(idempotencyRecordKept(idempotencyKey)).isFalse();
        published(registerMarker());
        Set<String> stored = mongo.findAll(Innovation.class).stream().map(Innovation::id).collect(Collectors.toSet());
        Set<String> announced = innovationEvents.events(InnovationRegistered.class).stream()
                .map(InnovationRegistered::innovationId).collect(Collectors.toSet());
        assertThat(announced).isEqualTo(stored);
    }

    /** The audit records of an innovation as the reader sees them, once the relay has emptied every outbox. */
    private JsonNode auditOf(String innovationId, ApiClient reader) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !mongo.exists(
                Query.query(Criteria.where("outbox.0").exists(true)), Innovation.class));
        ApiClient.Response records = reader.get("/api/v1/audit?entity=innovation&id=" + innovationId);
        assertThat(records.status()).as(records.body()).isEqualTo(200);
        return records.json().get("content");
    }

    private String registerMarker() {
        ApiClient.Response marker = admin().post("/api/v1/innovations", bappedaRow("Penanda"));
        assertThat(marker.status()).isEqualTo(201);
        return marker.json().get("id").asString();
    }

    private static EventProbe.Recorded published(String innovationId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> innovationEvents.recorded().stream()
                .filter(record -> innovationId.equals(record.key())).findFirst().orElse(null), found -> found != null);
    }

    private void create(String path, Map<String, String> body) {
        ApiClient.Response response = admin().post(path, body, "Idempotency-Key", "setup-" + body.get("code"));
        assertThat(response.status()).as("%s %s", path, response.body()).isEqualTo(201);
    }

    static Map<String, Object> ptspRow() {
        return row(PTSP, "Aplikasi layanan perizinan online", "Layanan lambat", "Aplikasi layanan online",
                "PELAYANAN_PUBLIK", "P6M", trend("Waktu layanan", 10, 5));
    }

    static Map<String, Object> diskominfoRow() {
        Map<String, Object> milestone = new LinkedHashMap<>(Map.of("name", "Data terpusat dan valid",
                "kind", "MILESTONE", "unit", "status", "deadline", "2026-12-31", "frequency", "QUARTERLY"));
        return row(DISKOMINFO, "Integrasi data OPD", "Data terpencar", "Integrasi data OPD", "TATA_KELOLA", "P1Y",
                milestone);
    }

    static Map<String, Object> inspektoratRow() {
        Map<String, Object> bound = new LinkedHashMap<>(Map.of("name", "Waktu respons aduan", "kind", "BOUND",
                "unit", "hari", "polarity", "LOWER_IS_BETTER", "target", 2, "frequency", "MONTHLY"));
        return row(INSPEKTORAT, "Sistem pengaduan terintegrasi", "Aduan masyarakat", "Sistem pengaduan terintegrasi",
                "PELAYANAN_PUBLIK", "P6M", bound);
    }

    private static Map<String, Object> bappedaRow(String title) {
        return row(BAPPEDA, title, "Perencanaan lambat", title, InnovationForm.TATA_KELOLA.name(), "P1Y",
                trend("Dokumen tepat waktu", 40, 90));
    }

    private static Map<String, Object> row(String opdCode, String title, String problem, String plannedInnovation,
                                           String form, String duration, Map<String, Object> indicator) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("regionCode", REGION);
        row.put("opdCode", opdCode);
        row.put("title", title);
        row.put("problem", problem);
        row.put("plannedInnovation", plannedInnovation);
        row.put("form", form);
        row.put("startDate", START.toString());
        row.put("targetDuration", duration);
        row.put("indicators", new ArrayList<>(List.of(indicator)));
        return row;
    }

    /** Lower is better when the target is below the baseline, as with service time in days. */
    private static Map<String, Object> trend(String name, int baseline, int target) {
        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("name", name);
        trend.put("kind", "TREND");
        trend.put("unit", "hari");
        trend.put("polarity", target < baseline ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
        trend.put("baseline", baseline);
        trend.put("target", target);
        trend.put("deadline", "2026-06-30");
        trend.put("frequency", "MONTHLY");
        return trend;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicator(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("indicators")).get(0);
    }

    private static Arguments refused(String description, Consumer<Map<String, Object>> breakIt, String... fields) {
        return Arguments.of(description, breakIt, List.of(fields));
    }

    private static List<String> fields(ApiClient.Response response) {
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static List<String> ids(ApiClient.Response response) {
        return response.json().get("content").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static List<String> titles(ApiClient.Response response) {
        return response.json().get("content").valueStream().map(item -> item.get("title").asString()).toList();
    }
}
