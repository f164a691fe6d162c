package id.pantau.innovation;

import id.pantau.testing.ApiClient;
import id.pantau.testing.AuthorizationMatrix;
import id.pantau.testing.AuthorizationMatrix.Request;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the service, called by every role for a target in the caller's region, in another region
 * of its province and in another province (and for its own or another OPD), answers what
 * {@code authorization-matrix.txt} says. Its innovations are announced on a topic of their own, so that the
 * registration tests keep innovation-events to themselves.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.stream.bindings.innovation-events.destination=matrix.innovation-events")
class AuthorizationMatrixIT {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load("authorization-matrix.txt");

    private static final String KOTA_BANDUNG = "32.73";
    private static final String KABUPATEN_BANDUNG = "32.04";
    private static final String KOTA_SEMARANG = "33.74";
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final String BAPPEDA = "5.01.0.00.0.00.01.0000";

    private static final Map<String, Object> EVIDENCE = Map.of("title", "SK Wali Kota",
            "url", "https://jdih.bandung.go.id/sk-inovasi.pdf", "type", "SK");

    private static final String IMPORT_HEADER = "No;Permasalahan;Inovasi yang Direncanakan;OPD Penanggung Jawab;"
            + "Target Waktu;Indikator Keberhasilan;Bentuk Inovasi;Tanggal Mulai;Satuan;Kondisi Awal;Target;Frekuensi";

    private static final Map<String, TestCaller> CALLERS = Map.of(
            "PROVINCE_ADMIN", TestCaller.provinceAdmin("32"),
            "REGION_ADMIN", TestCaller.regionAdmin(KOTA_BANDUNG),
            "OPD_OPERATOR", TestCaller.opdOperator(KOTA_BANDUNG, PTSP),
            "OTHER_OPD_OPERATOR", TestCaller.opdOperator(KOTA_BANDUNG, DISKOMINFO),
            "INSPECTOR", TestCaller.inspector(KOTA_BANDUNG),
            "VERIFIER", TestCaller.verifier(KOTA_BANDUNG),
            "VIEWER", TestCaller.viewer(KOTA_BANDUNG));

    @LocalServerPort
    int port;

    /** The innovation of Dinas PTSP in each region, by region code. */
    private final Map<String, String> innovations = new HashMap<>();
    /** Numbers for the OPDs that write cells create, so that no two cells collide. */
    private final AtomicInteger fresh = new AtomicInteger();
    /** Numbers for the kabupaten that write cells create, of which a province has few. */
    private final AtomicInteger freshRegions = new AtomicInteger();

    @Test
    void everyEndpointIsInTheTable(@Autowired @Qualifier("requestMappingHandlerMapping")
                                   RequestMappingHandlerMapping mapping) {
        MATRIX.assertCovers(mapping);
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        seed();
        return MATRIX.tests(api(), CALLERS, this::request);
    }

    /** Jawa Barat with Kota and Kabupaten Bandung, Jawa Tengah with Kota Semarang, their OPDs and innovations. */
    private void seed() {
        ApiClient jawaBarat = api().as(TestCaller.provinceAdmin("32"));
        ApiClient jawaTengah = api().as(TestCaller.provinceAdmin("33"));
        created(jawaBarat.post("/api/v1/regions", Map.of("code", "32", "name", "Provinsi Jawa Barat")));
        created(jawaBarat.post("/api/v1/regions", Map.of("code", KOTA_BANDUNG, "name", "Kota Bandung")));
        created(jawaBarat.post("/api/v1/regions", Map.of("code", KABUPATEN_BANDUNG, "name", "Kabupaten Bandung")));
        created(jawaTengah.post("/api/v1/regions", Map.of("code", "33", "name", "Provinsi Jawa Tengah")));
        created(jawaTengah.post("/api/v1/regions", Map.of("code", KOTA_SEMARANG, "name", "Kota Semarang")));
        for (String region : List.of(KOTA_BANDUNG, KABUPATEN_BANDUNG, KOTA_SEMARANG)) {
            ApiClient admin = region.equals(KOTA_SEMARANG) ? jawaTengah : jawaBarat;
            created(admin.post("/api/v1/regions/" + region + "/opds", Map.of("code", PTSP, "name", "Dinas PTSP")));
            innovations.put(region, created(admin.post("/api/v1/innovations", innovation(region, PTSP)))
                    .json().get("id").asString());
        }
        created(jawaBarat.post("/api/v1/regions/32.73/opds", Map.of("code", DISKOMINFO, "name", "Diskominfo")));
        created(jawaBarat.post("/api/v1/regions/32.73/opds", Map.of("code", BAPPEDA, "name", "Bappeda")));
    }

    private Request request(String endpoint, String target, String role) {
        return switch (endpoint) {
            case "POST /api/v1/regions" -> new Request("/api/v1/regions",
                    Map.of("code", newRegionCode(target), "name", "Daerah baru"));
            case "GET /api/v1/regions" -> Request.of("/api/v1/regions?parent=" + province(target));
            case "GET /api/v1/regions/{code}" -> Request.of("/api/v1/regions/" + region(target));
            case "POST /api/v1/regions/{regionCode}/opds" -> new Request("/api/v1/regions/" + region(target) + "/opds",
                    Map.of("code", "9.99.0.00.0.00.01." + String.format("%04d", fresh.incrementAndGet()),
                            "name", "OPD baru"));
            case "GET /api/v1/regions/{regionCode}/opds" -> Request.of("/api/v1/regions/" + region(target) + "/opds");
            case "GET /api/v1/regions/{regionCode}/opds/{code}" ->
                    Request.of("/api/v1/regions/" + region(target) + "/opds/" + PTSP);
            case "POST /api/v1/innovations" -> new Request("/api/v1/innovations",
                    innovation(region(target), target.equals("other-opd") ? DISKOMINFO : PTSP),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "PATCH /api/v1/opds/{id}" -> opdChange(target);
            case "POST /api/v1/regions/{code}/deactivate" -> {
                String fresh = newRegionCode(target);
                created(api().as(TestCaller.provinceAdmin(province(target))).post("/api/v1/regions",
                        Map.of("code", fresh, "name", "Daerah baru")));
                yield Request.of("/api/v1/regions/" + fresh + "/deactivate");
            }
            case "POST /api/v1/innovations/import" -> new Request("/api/v1/innovations/import?region="
                    + region(target), IMPORT_HEADER + "\n1;Layanan lambat;Aplikasi layanan online;" + PTSP
                    + ";6 bulan;Waktu layanan;Pelayanan publik;01/01/2026;hari;10;5;Bulanan\n",
                    "Content-Type", "text/csv");
            case "GET /api/v1/innovations/import/template" -> Request.of("/api/v1/innovations/import/template");
            case "GET /api/v1/innovations/import/sample" -> Request.of("/api/v1/innovations/import/sample?format=csv");
            case "GET /api/v1/innovations" -> Request.of("/api/v1/innovations?region=" + region(target));
            case "GET /api/v1/innovations/{id}" -> Request.of("/api/v1/innovations/" + innovations.get(region(target)));
            case "GET /api/v1/innovations/counts" -> Request.of("/api/v1/innovations/counts?region=" + region(target));
            case "PATCH /api/v1/innovations/{id}" -> change(target, "", Map.of("title", "Perizinan daring"));
            case "POST /api/v1/innovations/{id}/stage" ->
                    change(target, "/stage", Map.of("stage", "DIHENTIKAN", "reason", "Digantikan aplikasi provinsi"));
            case "POST /api/v1/innovations/{id}/replications" -> replication(target);
            case "POST /api/v1/innovations/{id}/evidence" -> change(target, "/evidence", EVIDENCE);
            case "POST /api/v1/innovations/{id}/indicators/{indicatorId}/evidence" ->
                    change(target, "/indicators/{indicator}/evidence", EVIDENCE);
            case "POST /api/v1/innovations/{id}/indicators" -> change(target, "/indicators", Map.of(
                    "name", "Kepuasan pemohon", "kind", "TREND", "unit", "%", "polarity", "HIGHER_IS_BETTER",
                    "baseline", 60, "target", 80, "frequency", "QUARTERLY"));
            case "POST /api/v1/innovations/{id}/indicators/{indicatorId}/revisions" -> change(target,
                    "/indicators/{indicator}/revisions", Map.of("target", 6, "reason", "Revisi tengah tahun"));
            case "POST /api/v1/innovations/{id}/indicators/{indicatorId}/retirement" -> change(target,
                    "/indicators/{indicator}/retirement", Map.of("reason", "Diganti indikator lain"));
            case "GET /api/v1/audit" ->
                    Request.of("/api/v1/audit?entity=innovation&id=" + innovations.get(region(target)));
            case "GET /api/v1/audit/verification" -> Request.of("/api/v1/audit/verification");
            default -> throw new IllegalArgumentException("no request for " + endpoint);
        };
    }

    /**
     * A change of a fresh innovation of the target's OPD (so that every cell finds it at its first stage, with
     * both its indicators in use), sent with the ETag read by the province admin who registered it;
     * {@code {indicator}} in the suffix stands for its first indicator.
     */
    private Request change(String target, String suffix, Map<String, Object> body) {
        String region = region(target);
        ApiClient admin = api().as(TestCaller.provinceAdmin(region.substring(0, 2)));
        JsonNode innovation = created(admin.post("/api/v1/innovations",
                innovation(region, target.equals("other-opd") ? DISKOMINFO : PTSP))).json();
        String id = innovation.get("id").asString();
        String etag = admin.get("/api/v1/innovations/" + id).header("ETag");
        String path = suffix.replace("{indicator}", innovation.at("/indicators/0/id").asString());
        return new Request("/api/v1/innovations/" + id + path, body, "If-Match", etag);
    }

    /** A change of a fresh OPD of the target's region, by its id, with the ETag its registration answered. */
    private Request opdChange(String target) {
        String region = region(target);
        ApiClient.Response opd = created(api().as(TestCaller.provinceAdmin(region.substring(0, 2))).post(
                "/api/v1/regions/" + region + "/opds", Map.of("code", "9.98.0.00.0.00.01."
                        + String.format("%04d", fresh.incrementAndGet()), "name", "OPD baru")));
        return new Request("/api/v1/opds/" + opd.json().get("id").asString(), Map.of("shortName", "Baru"),
                "If-Match", opd.header("ETag"));
    }

    /** A replication of a fresh original of Kota Bandung's Bappeda by the target's OPD. */
    private Request replication(String target) {
        String original = created(api().as(TestCaller.provinceAdmin("32")).post("/api/v1/innovations",
                innovation(KOTA_BANDUNG, BAPPEDA))).json().get("id").asString();
        return new Request("/api/v1/innovations/" + original + "/replications", Map.of("regionCode", region(target),
                "opdCode", target.equals("other-opd") ? DISKOMINFO : PTSP, "date", "2026-03-01"),
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String region(String target) {
        return switch (target) {
            case "own-region", "own-opd", "other-opd" -> KOTA_BANDUNG;
            case "other-region" -> KABUPATEN_BANDUNG;
            case "other-province" -> KOTA_SEMARANG;
            default -> throw new IllegalArgumentException("no region for target " + target);
        };
    }

    private static String province(String target) {
        return switch (target) {
            case "own-province" -> "32";
            case "other-province" -> "33";
            default -> throw new IllegalArgumentException("no province for target " + target);
        };
    }

    /** A kabupaten code not registered yet (10 to 69), in Jawa Barat or Jawa Tengah. */
    private String newRegionCode(String target) {
        int kabupaten = 10 + freshRegions.incrementAndGet();
        assertThat(kabupaten).as("kabupaten codes left").isLessThanOrEqualTo(69);
        return province(target) + "." + kabupaten;
    }

    private static Map<String, Object> innovation(String region, String opd) {
        Map<String, Object> indicator = new LinkedHashMap<>(Map.of("name", "Waktu layanan", "kind", "TREND",
                "unit", "hari", "polarity", "LOWER_IS_BETTER", "baseline", 10, "target", 5, "frequency", "MONTHLY"));
        Map<String, Object> row = new LinkedHashMap<>(Map.of("regionCode", region, "opdCode", opd,
                "title", "Aplikasi layanan perizinan online", "problem", "Layanan lambat",
                "plannedInnovation", "Aplikasi layanan online", "form", "PELAYANAN_PUBLIK",
                "startDate", "2026-01-01", "targetDuration", "P6M"));
        row.put("indicators", List.of(indicator, Map.of("name", "Respons aduan", "kind", "BOUND", "unit", "hari",
                "polarity", "LOWER_IS_BETTER", "target", 2, "frequency", "MONTHLY")));
        return row;
    }

    private static ApiClient.Response created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }
}
