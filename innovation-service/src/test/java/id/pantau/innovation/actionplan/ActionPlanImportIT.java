package id.pantau.innovation.actionplan;

import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.Polarity;
import id.pantau.innovation.innovation.Innovation;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import id.pantau.testing.TestCaller;
import id.pantau.testing.TestIssuer;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Importing action-plan tables through the HTTP API: the shipped sample as CSV and as XLSX, a dry run, a table
 * with broken rows, a retried request, rows outside the caller's remit and files refused as a whole. Its
 * innovations are announced on a topic of their own, so every InnovationRegistered there is one of its imports.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.innovation-events.destination=import.innovation-events",
        "pantau.innovation.import.max-rows=40", "pantau.innovation.import.max-file-size=32KB"})
class ActionPlanImportIT {

    private static final String REGION = "32.73";
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final TestCaller REGION_ADMIN = TestCaller.regionAdmin(REGION);
    private static final String HEADER = "No;Permasalahan;Inovasi yang Direncanakan;OPD Penanggung Jawab;Target Waktu;"
            + "Indikator Keberhasilan;Bentuk Inovasi;Tanggal Mulai;Jenis Indikator;Satuan;Polaritas;Kondisi Awal;"
            + "Target;Frekuensi;Wajib Bukti\n";

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
            events = EventProbe.on(kafka, "import.innovation-events");
        }
        create("/api/v1/regions", Map.of("code", "32", "name", "Provinsi Jawa Barat", "level", "PROVINCE"));
        create("/api/v1/regions", Map.of("code", REGION, "name", "Kota Bandung", "level", "CITY", "parentCode", "32"));
        create("/api/v1/regions", Map.of("code", "32.04", "name", "Kabupaten Bandung", "parentCode", "32"));
        create("/api/v1/regions/32.73/opds", Map.of("code", PTSP,
                "name", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "shortName", "Dinas PTSP"));
        create("/api/v1/regions/32.73/opds", Map.of("code", DISKOMINFO, "name", "Dinas Komunikasi dan Informatika",
                "shortName", "Diskominfo"));
        create("/api/v1/regions/32.73/opds", Map.of("code", INSPEKTORAT, "name", "Inspektorat Daerah",
                "shortName", "Inspektorat"));
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        events.close();
        events = null;
    }

    @Test
    void theSampleCsvRegistersTheThreeRowsOfTheExamplePlanAnnouncedWithTheirIndicators() throws IOException {
        ApiClient.Response sample = as(REGION_ADMIN).get("/api/v1/innovations/import/sample?format=csv");
        assertThat(sample.status()).isEqualTo(200);
        assertThat(sample.header("Content-Type")).startsWith("text/csv");
        assertThat(sample.header("Content-Disposition")).contains("rencana-aksi-contoh.csv");
        assertThat(sample.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(shipped("rencana-aksi-contoh.csv"));

        JsonNode report = imported(as(REGION_ADMIN).post("/api/v1/innovations/import", sample.body(),
                "Content-Type", "text/csv"));

        List<String> ids = assertTheThreeSampleRowsCreated(report);
        JsonNode ptsp = as(REGION_ADMIN).get("/api/v1/innovations/" + ids.get(0)).json();
        assertThat(ptsp.get("opdCode").asString()).isEqualTo(PTSP);
        assertThat(ptsp.get("title").asString()).isEqualTo("Aplikasi layanan perizinan online");
        assertThat(ptsp.get("problem").asString()).isEqualTo("Layanan lambat");
        assertThat(ptsp.get("startDate").asString()).isEqualTo("2026-01-01");
        assertThat(ptsp.get("targetDate").asString()).isEqualTo("2026-06-30");
        assertThat(ptsp.get("stage").asString()).isEqualTo("INISIATIF");
        assertThat(ptsp.at("/indicators/0/evidenceRequired").asBoolean()).isFalse();
        assertAnnounced(ids);
    }

    @Test
    void theSampleWorkbookRegistersTheSameThreeRows() throws Exception {
        HttpResponse<byte[]> sample = http(HttpRequest.newBuilder(uri("/api/v1/innovations/import/sample"))
                .header("Authorization", "Bearer " + TestIssuer.get().token(REGION_ADMIN)).GET().build());
        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(sample.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(sample.body()).isEqualTo(shipped("rencana-aksi-contoh.xlsx"));

        JsonNode report = imported(postBytes("/api/v1/innovations/import", sample.body(), XLSX, REGION_ADMIN));

        List<String> ids = assertTheThreeSampleRowsCreated(report);
        assertThat(as(REGION_ADMIN).get("/api/v1/innovations/" + ids.get(1)).json().get("targetDate").asString())
                .isEqualTo("2026-12-31");
        assertAnnounced(ids);
    }

    @Test
    void aDryRunReportsEveryRowAndWritesAndAnnouncesNothing() throws IOException {
        long before = innovations();

        JsonNode report = imported(as(REGION_ADMIN).post("/api/v1/innovations/import?dryRun=true",
                new String(shipped("rencana-aksi-contoh.csv"), StandardCharsets.UTF_8), "Content-Type", "text/csv"));

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("wouldCreate").asInt()).isEqualTo(3);
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("rows")).extracting(row -> row.get("status").asString(),
                row -> row.has("innovationId")).containsOnly(tuple("WOULD_CREATE", false));
        assertThat(innovations()).isEqualTo(before);
        // every registration of this topic is announced once; after a later import's announcement arrives, the
        // announcements still number the innovations stored, so the dry run announced none
        String marker = imported(as(REGION_ADMIN).post("/api/v1/innovations/import", HEADER
                + "1;Antrean panjang;Antrean daring;Dinas PTSP;6 bulan;Lama antre;Pelayanan publik;01/02/2026;Tren;"
                + "menit;;30;10;Bulanan;\n", "Content-Type", "text/csv")).at("/rows/0/innovationId").asString();
        events.await(InnovationRegistered.class, event -> event.innovationId().equals(marker));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(events.events(InnovationRegistered.class)).hasSize((int) innovations()));
    }

    @Test
    void brokenRowsAreRefusedWithTheirReasonsWhileTheGoodOnesAreRegistered() {
        long before = innovations();
        String csv = HEADER
                + "1;Izin lambat;Izin daring;Dinas PTSP;6 bulan;Waktu izin;Pelayanan publik;01/02/2026;Tren;hari;;14;7;"
                + "Bulanan;Ya\n"
                + ";;;;;Izin terbit;;;Tren;izin;;1.200;2.400,5;Triwulanan;\n"
                + "2;Wisata sepi;Festival;Dinas Pariwisata;1 tahun;Kunjungan;Pelayanan publik;01/02/2026;Tren;orang;;"
                + "100;200;Bulanan;\n"
                + "3;Antrean;Antrean daring;Dinas PTSP;1 tahun;Lama antre;Pelayanan publik;01/02/2026;Tren;menit;;30;;"
                + "Bulanan;\n"
                + "4;Data;Satu data;Diskominfo;segera;Data terpadu;Tata kelola;01/02/2026;Tonggak;status;;;;"
                + "Triwulanan;\n"
                + "5;Aduan;Aduan daring;Diskominfo;6 bulan;Respons;Pelayanan publik;01/02/2026;Tren;jam;"
                + "Makin rendah makin baik;24;48;Bulanan;\n"
                + "6;Sampah;Bank sampah;Diskominfo;6 bulan;Sampah terolah;Pelayanan publik;01/02/2026;Tren;ton;;"
                + "sepuluh;20;Bulanan;\n";

        JsonNode report = imported(as(REGION_ADMIN).post("/api/v1/innovations/import", csv,
                "Content-Type", "text/csv", "Accept-Language", "en"));

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("refused").asInt()).isEqualTo(5);
        assertThat(report.get("rows")).extracting(row -> row.get("no").asString(), row -> row.get("status").asString())
                .containsExactly(tuple("1", "CREATED"), tuple("2", "REFUSED"), tuple("3", "REFUSED"),
                        tuple("4", "REFUSED"), tuple("5", "REFUSED"), tuple("6", "REFUSED"));
        List<JsonNode> reasons = new ArrayList<>();
        report.get("rows").forEach(row -> row.get("reasons").forEach(reasons::add));
        assertThat(reasons).extracting(reason -> reason.get("row").asInt(), reason -> reason.get("column").asString(),
                reason -> reason.get("code").asString()).containsExactly(
                tuple(4, "OPD Penanggung Jawab", "opd-unknown"),
                tuple(5, "Target", "import-target-missing"),
                tuple(6, "Target Waktu", "import-duration-unreadable"),
                tuple(7, "Target", "trend-target-above-baseline"),
                tuple(8, "Kondisi Awal", "import-number-unreadable"));
        assertThat(reasons.get(0).get("message").asString())
                .isEqualTo("OPD Dinas Pariwisata is not registered in region 32.73");
        assertThat(innovations()).isEqualTo(before + 1);

        String id = report.at("/rows/0/innovationId").asString();
        JsonNode created = as(REGION_ADMIN).get("/api/v1/innovations/" + id).json();
        assertThat(created.get("indicators")).extracting(indicator -> indicator.get("name").asString(),
                indicator -> indicator.get("evidenceRequired").asBoolean()).containsExactly(
                tuple("Waktu izin", true), tuple("Izin terbit", false));
        InnovationRegistered announced = events.await(InnovationRegistered.class,
                event -> event.innovationId().equals(id));
        assertThat(announced.indicators()).extracting(IndicatorDefinition::name, IndicatorDefinition::polarity,
                IndicatorDefinition::evidenceRequired).containsExactly(
                tuple("Waktu izin", Polarity.LOWER_IS_BETTER, true), tuple("Izin terbit", Polarity.HIGHER_IS_BETTER, false));
        assertThat(announced.indicators().get(1).target()).isEqualByComparingTo("2400.5");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameReportAndRegistersNothingMore() throws IOException {
        String csv = new String(shipped("rencana-aksi-contoh.csv"), StandardCharsets.UTF_8);
        String key = "import-" + UUID.randomUUID();
        long before = innovations();

        ApiClient.Response first = as(REGION_ADMIN).post("/api/v1/innovations/import", csv, "Content-Type", "text/csv",
                "Idempotency-Key", key);
        ApiClient.Response retry = as(REGION_ADMIN).post("/api/v1/innovations/import", csv, "Content-Type", "text/csv",
                "Idempotency-Key", key);

        assertThat(imported(first).get("created").asInt()).isEqualTo(3);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(innovations()).isEqualTo(before + 3);
        assertProblem(as(REGION_ADMIN).post("/api/v1/innovations/import", csv.replace("6 bulan", "7 bulan"),
                "Content-Type", "text/csv", "Idempotency-Key", key), 422, "idempotency-key-reused");
    }

    @Test
    void rowsOutsideTheCallersRemitAreRefusedAndAnotherRegionIsNotFound() {
        String csv = HEADER
                + "1;Izin lambat;Izin daring;Dinas PTSP;6 bulan;Waktu izin;Pelayanan publik;01/02/2026;Tren;hari;;14;7;"
                + "Bulanan;\n"
                + "2;Data;Satu data;Diskominfo;1 tahun;Data terpadu;Tata kelola;01/02/2026;Tonggak;status;;;;"
                + "Triwulanan;\n";
        long before = innovations();

        JsonNode report = imported(as(TestCaller.opdOperator(REGION, PTSP)).post("/api/v1/innovations/import", csv,
                "Content-Type", "text/csv"));

        assertThat(report.get("rows")).extracting(row -> row.get("status").asString(),
                row -> row.at("/reasons/0/code").asString("")).containsExactly(tuple("CREATED", ""),
                tuple("REFUSED", "out-of-scope"));
        assertThat(innovations()).isEqualTo(before + 1);
        assertProblem(as(REGION_ADMIN).post("/api/v1/innovations/import?region=32.04", csv,
                "Content-Type", "text/csv"), 404, "region-not-found");
        assertProblem(as(TestCaller.viewer(REGION)).post("/api/v1/innovations/import", csv,
                "Content-Type", "text/csv"), 403, "forbidden");
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWholeAndWriteNothing() throws Exception {
        long before = innovations();
        String row = "1;Izin lambat;Izin daring;Dinas PTSP;6 bulan;Waktu izin;Pelayanan publik;01/02/2026;Tren;hari;;"
                + "14;7;Bulanan;\n";

        assertProblem(as(REGION_ADMIN).post("/api/v1/innovations/import", "No;Permasalahan;Target\n1;a;b\n",
                "Content-Type", "text/csv"), 422, "import-columns-missing");
        assertProblem(as(REGION_ADMIN).post("/api/v1/innovations/import", HEADER + row.repeat(41),
                "Content-Type", "text/csv"), 422, "import-too-many-rows");
        assertProblem(as(REGION_ADMIN).post("/api/v1/innovations/import", HEADER + row.repeat(300),
                "Content-Type", "text/csv"), 413, "import-too-large");
        assertProblem(as(REGION_ADMIN).post("/api/v1/innovations/import",
                new String(shipped("rencana-aksi-template.csv"), StandardCharsets.UTF_8),
                "Content-Type", "text/csv"), 422, "import-empty");
        assertProblem(response(postBytes("/api/v1/innovations/import", new byte[] {'P', 'K', 3, 4, 0, 0}, XLSX,
                REGION_ADMIN)), 422, "import-unreadable");
        assertProblem(as(REGION_ADMIN).get("/api/v1/innovations/import/template?format=pdf"), 400,
                "validation-failed");
        assertThat(innovations()).isEqualTo(before);
    }

    @Test
    void theTemplateComesAsWorkbookAndCsv() throws Exception {
        HttpResponse<byte[]> workbook = http(HttpRequest.newBuilder(uri("/api/v1/innovations/import/template"))
                .header("Authorization", "Bearer " + TestIssuer.get().token(TestCaller.viewer(REGION))).GET().build());
        ApiClient.Response csv = as(REGION_ADMIN).get("/api/v1/innovations/import/template?format=CSV");

        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.body()).isEqualTo(shipped("rencana-aksi-template.xlsx"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("rencana-aksi-template.csv");
        assertThat(csv.body()).startsWith("\uFEFFNo;Permasalahan;Inovasi yang Direncanakan;OPD Penanggung Jawab");
    }

    private List<String> assertTheThreeSampleRowsCreated(JsonNode report) {
        assertThat(report.get("regionCode").asString()).isEqualTo(REGION);
        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("refused").asInt()).isZero();
        assertThat(report.get("rows")).extracting(row -> row.get("row").asInt(), row -> row.get("no").asString(),
                row -> row.get("status").asString()).containsExactly(tuple(2, "1", "CREATED"),
                tuple(3, "2", "CREATED"), tuple(4, "3", "CREATED"));
        List<String> ids = new ArrayList<>();
        report.get("rows").forEach(row -> ids.add(row.get("innovationId").asString()));
        assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{24}")).doesNotHaveDuplicates();
        return ids;
    }

    /** Each of the sample's innovations announced with its OPD and its one indicator as the plan says. */
    private static void assertAnnounced(List<String> ids) {
        List<InnovationRegistered> announced = ids.stream().map(id -> events.await(InnovationRegistered.class,
                event -> event.innovationId().equals(id))).toList();
        assertThat(announced).extracting(InnovationRegistered::opdCode).containsExactly(PTSP, DISKOMINFO, INSPEKTORAT);
        assertThat(announced).extracting(event -> event.indicators().size()).containsOnly(1);
        assertThat(announced).extracting(event -> event.indicators().get(0)).extracting(IndicatorDefinition::name,
                IndicatorDefinition::kind, IndicatorDefinition::polarity, IndicatorDefinition::deadline).containsExactly(
                tuple("Waktu layanan", IndicatorKind.TREND, Polarity.LOWER_IS_BETTER, LocalDate.of(2026, 6, 30)),
                tuple("Data terpusat dan valid", IndicatorKind.MILESTONE, Polarity.HIGHER_IS_BETTER,
                        LocalDate.of(2026, 12, 31)),
                tuple("Waktu respons aduan", IndicatorKind.BOUND, Polarity.LOWER_IS_BETTER, LocalDate.of(2026, 6, 30)));
        assertThat(announced.get(0).indicators().get(0).baseline()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(announced.get(0).indicators().get(0).target()).isEqualByComparingTo("5");
        assertThat(announced.get(2).indicators().get(0).target()).isEqualByComparingTo("2");
    }

    private static JsonNode imported(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long innovations() {
        return mongo.count(new Query(), Innovation.class);
    }

    private void create(String path, Map<String, String> body) {
        ApiClient.Response response = as(TestCaller.provinceAdmin("32")).post(path, body,
                "Idempotency-Key", "setup-" + path + body.get("code"));
        assertThat(response.status()).as("%s %s", path, response.body()).isEqualTo(201);
    }

    private ApiClient as(TestCaller caller) {
        return new ApiClient("http://127.0.0.1:" + port).as(caller);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<byte[]> postBytes(String path, byte[] body, String contentType, TestCaller caller)
            throws Exception {
        return http(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TestIssuer.get().token(caller))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpResponse<byte[]> http(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A byte response as the API client would have read it (problem+json or JSON). */
    private static ApiClient.Response response(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new ApiClient.Response(response.statusCode(), response.headers(), body,
                JsonMapper.builder().build().readTree(body));
    }

    private static JsonNode imported(HttpResponse<byte[]> response) {
        return imported(response(response));
    }

    private static byte[] shipped(String name) throws IOException {
        try (InputStream in = ActionPlanImportIT.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }
}
