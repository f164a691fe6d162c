package id.pantau.innovation.region;

import id.pantau.testing.ApiClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory of regions and OPDs through its HTTP API, against the MongoDB of the test JVM: the
 * Kemendagri code rules, uniqueness, lookups, paging and idempotent creation. Each test works in provinces
 * of its own, so the tests share one database without seeing each other's regions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractDirectoryIT {

    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void aProvinceAndAKotaUnderItAreRegisteredAndReadBack() {
        ApiClient.Response province = api().post("/api/v1/regions",
                Map.of("code", "32", "name", "Provinsi Jawa Barat", "level", "PROVINCE", "timeZone", "Asia/Jakarta"));
        ApiClient.Response city = api().post("/api/v1/regions", Map.of("code", "32.73", "name", "Kota Bandung",
                "level", "CITY", "parentCode", "32", "timeZone", "Asia/Jakarta"));

        assertThat(province.status()).isEqualTo(201);
        assertThat(province.header("Location")).isEqualTo("/api/v1/regions/32");
        assertThat(city.status()).isEqualTo(201);
        assertThat(city.header("Location")).isEqualTo("/api/v1/regions/32.73");
        assertThat(text(city.json(), "code", "name", "level", "parentCode", "timeZone"))
                .containsExactly("32.73", "Kota Bandung", "CITY", "32", "Asia/Jakarta");
        ApiClient.Response read = api().get("/api/v1/regions/32.73");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(city.json());
    }

    @Test
    void levelParentAndTimeZoneFollowFromTheCodeWhenLeftOut() {
        registerProvince("33", "Provinsi Jawa Tengah");

        ApiClient.Response regency = api().post("/api/v1/regions", Map.of("code", "33.01", "name", "Kabupaten Cilacap"));

        assertThat(regency.status()).isEqualTo(201);
        assertThat(text(regency.json(), "level", "parentCode", "timeZone"))
                .containsExactly("REGENCY", "33", "Asia/Jakarta");
    }

    @Test
    void anExistingCodeIsAConflictThatChangesNothing() {
        registerProvince("34", "DI Yogyakarta");

        ApiClient.Response again = api().post("/api/v1/regions", Map.of("code", "34", "name", "Another name"));

        assertProblem(again, 409, "region-exists");
        assertThat(api().get("/api/v1/regions/34").json().get("name").asString()).isEqualTo("DI Yogyakarta");
    }

    static Stream<Arguments> invalidRegions() {
        return Stream.of(
                invalid("a code that is not PP or PP.KK", body -> body.put("code", "35.070"), "code"),
                invalid("kota number 70 does not exist", body -> body.put("code", "35.70"), "code"),
                invalid("a level the code contradicts", body -> body.put("level", "REGENCY"), "level"),
                invalid("an unknown level", body -> body.put("level", "KECAMATAN"), "level"),
                invalid("a parent other than the province", body -> body.put("parentCode", "36"), "parentCode"),
                invalid("an unregistered province", body -> {
                    body.put("code", "36.71");
                    body.remove("parentCode");
                }, "parentCode"),
                invalid("a zone outside Indonesia", body -> body.put("timeZone", "Asia/Singapore"), "timeZone"),
                invalid("a blank name and an unknown zone", body -> {
                    body.put("name", " ");
                    body.put("timeZone", "UTC");
                }, "name", "timeZone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegions")
    void anInvalidRegionIsRefusedFieldByFieldAndNothingIsWritten(String description,
                                                                Consumer<Map<String, Object>> breakIt,
                                                                List<String> fields) {
        registerProvince("35", "Provinsi Jawa Timur");
        Map<String, Object> body = new LinkedHashMap<>(Map.of("code", "35.78", "name", "Kota Surabaya",
                "level", "CITY", "parentCode", "35", "timeZone", "Asia/Jakarta"));
        breakIt.accept(body);
        long regionsBefore = mongo.count(new Query(), Region.class);

        ApiClient.Response refused = api().post("/api/v1/regions", body, "Idempotency-Key", "refused-" + description);

        assertProblem(refused, 400, "validation-failed");
        assertThat(fields(refused)).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(mongo.count(new Query(), Region.class)).isEqualTo(regionsBefore);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("create-region:refused-" + description)),
                "idempotency_keys")).isFalse();
    }

    @Test
    void fieldErrorsAreExplainedInIndonesianAndInEnglishOnRequest() {
        Map<String, String> kecamatan = Map.of("code", "32.73.01", "name", "Kecamatan Coblong");

        ApiClient.Response indonesian = api().post("/api/v1/regions", kecamatan);
        ApiClient.Response english = api().post("/api/v1/regions", kecamatan, "Accept-Language", "en");

        assertThat(indonesian.json().at("/errors/0/message").asString())
                .isEqualTo("kode \"32.73.01\" bukan kode wilayah Kemendagri: PP untuk provinsi, PP.KK untuk kabupaten"
                        + " (01-69) atau kota (71-99)");
        assertThat(english.json().at("/errors/0/message").asString())
                .startsWith("code \"32.73.01\" is not a Kemendagri region code");
    }

    @Test
    void anUnknownRegionIsANotFoundProblem() {
        assertProblem(api().get("/api/v1/regions/99"), 404, "region-not-found");
        assertProblem(api().get("/api/v1/regions/99/opds"), 404, "region-not-found");
        assertProblem(api().post("/api/v1/regions/99/opds", Map.of("code", PTSP, "name", "Dinas PTSP")), 404,
                "region-not-found");
        assertThat(api().get("/api/v1/regions/99", "Accept-Language", "en").json().get("detail").asString())
                .isEqualTo("There is no region with code 99.");
    }

    @Test
    void regionsAreListedByCodeInPagesAndFilteredByProvince() {
        registerProvince("51", "Provinsi Bali");
        for (String code : List.of("51.71", "51.03", "51.01")) {
            assertThat(api().post("/api/v1/regions", Map.of("code", code, "name", "Daerah " + code)).status())
                    .isEqualTo(201);
        }

        ApiClient.Response first = api().get("/api/v1/regions?parent=51&size=2");
        ApiClient.Response second = api().get("/api/v1/regions?parent=51&size=2&page=1");
        ApiClient.Response all = api().get("/api/v1/regions?size=100");

        assertThat(codes(first)).containsExactly("51.01", "51.03");
        assertThat(codes(second)).containsExactly("51.71");
        assertThat(text(first.json(), "page", "size", "totalElements", "totalPages"))
                .containsExactly("0", "2", "3", "2");
        assertThat(codes(all)).contains("51", "51.01", "51.03", "51.71").isSorted();
    }

    @Test
    void badPagingParametersAreRefusedFieldByField() {
        ApiClient.Response refused = api().get("/api/v1/regions?page=-1&size=101");

        assertProblem(refused, 400, "validation-failed");
        assertThat(fields(refused)).containsExactlyInAnyOrder("page", "size");
        assertThat(fields(api().get("/api/v1/regions?size=many"))).containsExactly("size");
    }

    @Test
    void aRetriedRegionWithTheSameIdempotencyKeyIsAnsweredAgainWithoutASecondWrite() {
        Map<String, String> ntb = Map.of("code", "52", "name", "Provinsi Nusa Tenggara Barat", "timeZone",
                "Asia/Makassar");

        ApiClient.Response first = api().post("/api/v1/regions", ntb, "Idempotency-Key", "region-52");
        ApiClient.Response retry = api().post("/api/v1/regions", ntb, "Idempotency-Key", "region-52");
        ApiClient.Response withoutKey = api().post("/api/v1/regions", ntb);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertProblem(withoutKey, 409, "region-exists");
    }

    @Test
    void opdsAreRegisteredInTheirRegionAndReadBack() {
        registerRegion("61", "61.71");

        ApiClient.Response ptsp = api().post("/api/v1/regions/61.71/opds", Map.of("code", PTSP,
                "name", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "shortName", "Dinas PTSP"));

        assertThat(ptsp.status()).isEqualTo(201);
        assertThat(ptsp.header("Location")).isEqualTo("/api/v1/regions/61.71/opds/" + PTSP);
        assertThat(text(ptsp.json(), "regionCode", "code", "name", "shortName")).containsExactly("61.71", PTSP,
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas PTSP");
        assertThat(ptsp.json().has("id")).isFalse();
        assertThat(api().get("/api/v1/regions/61.71/opds/" + PTSP).json()).isEqualTo(ptsp.json());
        assertProblem(api().get("/api/v1/regions/61.71/opds/" + DISKOMINFO), 404, "opd-not-found");
    }

    @Test
    void anOpdCodeIsUniqueWithinItsRegionOnly() {
        registerRegion("62", "62.71");
        api().post("/api/v1/regions", Map.of("code", "62.01", "name", "Kabupaten Kotawaringin Barat"));
        Map<String, String> inspektorat = Map.of("code", INSPEKTORAT, "name", "Inspektorat Daerah");

        ApiClient.Response first = api().post("/api/v1/regions/62.71/opds", inspektorat);
        ApiClient.Response again = api().post("/api/v1/regions/62.71/opds",
                Map.of("code", INSPEKTORAT, "name", "Inspektorat Kota"));
        ApiClient.Response elsewhere = api().post("/api/v1/regions/62.01/opds", inspektorat);

        assertThat(first.status()).isEqualTo(201);
        assertProblem(again, 409, "opd-exists");
        assertThat(api().get("/api/v1/regions/62.71/opds/" + INSPEKTORAT).json().get("name").asString())
                .isEqualTo("Inspektorat Daerah");
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void aSubUnitNamesAParentRegisteredInTheSameRegion() {
        registerRegion("63", "63.71");
        registerRegion("63", "63.72");
        api().post("/api/v1/regions/63.71/opds", Map.of("code", PTSP, "name", "Dinas PTSP"));

        ApiClient.Response uptd = api().post("/api/v1/regions/63.71/opds",
                Map.of("code", "2.18.0.00.0.00.01.0001", "name", "UPTD Perizinan", "parentCode", PTSP));
        ApiClient.Response orphan = api().post("/api/v1/regions/63.72/opds",
                Map.of("code", "2.18.0.00.0.00.01.0001", "name", "UPTD Perizinan", "parentCode", PTSP));

        assertThat(uptd.status()).isEqualTo(201);
        assertThat(uptd.json().get("parentCode").asString()).isEqualTo(PTSP);
        assertProblem(orphan, 400, "validation-failed");
        assertThat(fields(orphan)).containsExactly("parentCode");
        assertProblem(api().get("/api/v1/regions/63.72/opds/2.18.0.00.0.00.01.0001"), 404, "opd-not-found");
    }

    @Test
    void anInvalidOpdIsRefusedFieldByFieldAndNothingIsWritten() {
        registerRegion("64", "64.71");

        ApiClient.Response refused = api().post("/api/v1/regions/64.71/opds",
                Map.of("code", "Dinas-PTSP", "name", " ", "shortName", "s".repeat(61)));

        assertProblem(refused, 400, "validation-failed");
        assertThat(fields(refused)).containsExactlyInAnyOrder("code", "name", "shortName");
        assertThat(api().get("/api/v1/regions/64.71/opds").json().get("totalElements").asLong()).isZero();
    }

    @Test
    void opdsAreListedByCodeInPages() {
        registerRegion("65", "65.71");
        for (String code : List.of(INSPEKTORAT, PTSP, DISKOMINFO)) {
            api().post("/api/v1/regions/65.71/opds", Map.of("code", code, "name", "OPD " + code),
                    "Idempotency-Key", "opd-65.71-" + code);
        }

        ApiClient.Response first = api().get("/api/v1/regions/65.71/opds?size=2");
        ApiClient.Response second = api().get("/api/v1/regions/65.71/opds?size=2&page=1");

        assertThat(codes(first)).containsExactly(DISKOMINFO, PTSP);
        assertThat(codes(second)).containsExactly(INSPEKTORAT);
        assertThat(text(second.json(), "page", "size", "totalElements", "totalPages"))
                .containsExactly("1", "2", "3", "2");
    }

    private void registerProvince(String code, String name) {
        ApiClient.Response response = api().post("/api/v1/regions", Map.of("code", code, "name", name),
                "Idempotency-Key", "province-" + code);
        assertThat(response.status()).isEqualTo(201);
    }

    private void registerRegion(String province, String code) {
        registerProvince(province, "Provinsi " + province);
        ApiClient.Response response = api().post("/api/v1/regions", Map.of("code", code, "name", "Kota " + code),
                "Idempotency-Key", "region-" + code);
        assertThat(response.status()).isEqualTo(201);
    }

    private static Arguments invalid(String description, Consumer<Map<String, Object>> breakIt, String... fields) {
        return Arguments.of(description, breakIt, List.of(fields));
    }

    static List<String> fields(ApiClient.Response response) {
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static List<String> codes(ApiClient.Response response) {
        return response.json().get("content").valueStream().map(item -> item.get("code").asString()).toList();
    }

    private static List<String> text(JsonNode node, String... names) {
        return Stream.of(names).map(name -> node.get(name).asString()).toList();
    }
}
