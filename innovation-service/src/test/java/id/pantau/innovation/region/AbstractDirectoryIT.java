package id.pantau.innovation.region;

import id.pantau.events.OpdRegistered;
import id.pantau.events.RegionLevel;
import id.pantau.events.RegionRegistered;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import id.pantau.testing.TestCaller;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
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
 * The directory of regions and OPDs through its HTTP API, against the MongoDB of the test JVM: the
 * Kemendagri code rules, uniqueness, lookups, paging and idempotent creation, as the admin of the province
 * concerned; who may read and register where, and the audit of every registration. Each test works in
 * provinces of its own, so the tests share one database without seeing each other's regions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractDirectoryIT {

    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    ApiClient anonymous() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    ApiClient as(TestCaller caller) {
        return anonymous().as(caller);
    }

    /** The admin of a province, who keeps the directory of the province and its kabupaten/kota. */
    ApiClient admin(String province) {
        return as(TestCaller.provinceAdmin(province));
    }

    @Test
    void theOfficialListIsLoadedAtFirstStartInactiveAndAnnouncedRegionByRegion() throws InterruptedException {
        ApiClient.Response jakartaPusat = admin("31").get("/api/v1/regions/31.71");

        assertThat(jakartaPusat.status()).isEqualTo(200);
        assertThat(text(jakartaPusat.json(), "code", "name", "level", "parentCode", "timeZone", "active", "source"))
                .containsExactly("31.71", "Kota Administrasi Jakarta Pusat", "CITY", "31", "Asia/Jakarta", "false",
                        "Kepmendagri 300.2.2-2138/2025");
        assertThat(mongo.count(Query.query(Criteria.where("level").is("PROVINCE")
                .and("source").is("Kepmendagri 300.2.2-2138/2025")), Region.class)).isEqualTo(38);
        assertThat(mongo.count(Query.query(Criteria.where("level").in("REGENCY", "CITY")
                .and("source").is("Kepmendagri 300.2.2-2138/2025")), Region.class)).isEqualTo(514);
        assertThat(admin("31").get("/api/v1/regions?parent=31&active=false").json().get("totalElements").asLong())
                .as("Jakarta's five kota administrasi and Kepulauan Seribu").isEqualTo(6);
        Instant loadedAt = Instant.parse(jakartaPusat.json().get("registeredAt").asString());
        // other test classes load the list into databases of their own and announce it on the same topic
        try (EventProbe events = EventProbe.on(kafka, "innovation-events")) {
            assertThat(events.await(RegionRegistered.class, event -> event.regionCode().equals("31.71")
                    && event.registeredAt().equals(loadedAt))).isEqualTo(new RegionRegistered("31.71",
                    "Kota Administrasi Jakarta Pusat", RegionLevel.CITY, "31", "Asia/Jakarta", loadedAt));
        }
    }

    @Test
    void loadingTheListAgainAddsNothingAndKeepsWhatWasSwitchedOn(@Autowired OfficialRegionLoader loader,
                                                                 @Autowired DirectorySettings settings)
            throws IOException {
        registerRegion("36", "36.71");
        long regions = mongo.count(new Query(), Region.class);

        int added = loader.load(OfficialRegionList.read(new InputStreamReader(
                settings.officialList().getInputStream(), StandardCharsets.UTF_8)));

        assertThat(added).isZero();
        assertThat(mongo.count(new Query(), Region.class)).isEqualTo(regions);
        assertThat(admin("36").get("/api/v1/regions/36.71").json().get("active").asBoolean()).isTrue();
    }

    @Test
    void aRegionOfTheListTakesPartOnlyOnceItsProvinceSwitchesItOn() {
        Map<String, String> ptsp = Map.of("code", PTSP, "name", "Dinas PTSP");

        assertProblem(admin("18").post("/api/v1/regions/18.71/opds", ptsp), 409, "region-inactive");
        ApiClient.Response switchedOn = admin("18").post("/api/v1/regions", Map.of("code", "18.71"));
        ApiClient.Response opd = admin("18").post("/api/v1/regions/18.71/opds", ptsp);

        assertThat(switchedOn.status()).isEqualTo(201);
        assertThat(text(switchedOn.json(), "code", "name", "active")).containsExactly("18.71", "Kota Bandar Lampung",
                "true");
        assertThat(switchedOn.json().get("activatedAt").asString()).isNotBlank();
        assertThat(opd.status()).isEqualTo(201);
        assertProblem(admin("18").post("/api/v1/regions", Map.of("code", "18.71")), 409, "region-exists");
    }

    @Test
    void aRegionNotOnTheListIsRegisteredActiveAndAnnounced() throws InterruptedException {
        registerProvince("39", "Provinsi Baru");

        ApiClient.Response registered = admin("39").get("/api/v1/regions/39");

        assertThat(text(registered.json(), "name", "active")).containsExactly("Provinsi Baru", "true");
        assertThat(registered.json().has("source")).as("not from the official list").isFalse();
        try (EventProbe events = EventProbe.on(kafka, "innovation-events")) {
            assertThat(events.await(RegionRegistered.class, event -> event.regionCode().equals("39")).name())
                    .isEqualTo("Provinsi Baru");
        }
    }

    @Test
    void aProvinceAndAKotaUnderItAreRegisteredAndReadBack() {
        ApiClient.Response province = admin("32").post("/api/v1/regions",
                Map.of("code", "32", "name", "Provinsi Jawa Barat", "level", "PROVINCE", "timeZone", "Asia/Jakarta"));
        ApiClient.Response city = admin("32").post("/api/v1/regions", Map.of("code", "32.73", "name", "Kota Bandung",
                "level", "CITY", "parentCode", "32", "timeZone", "Asia/Jakarta"));

        assertThat(province.status()).isEqualTo(201);
        assertThat(province.header("Location")).isEqualTo("/api/v1/regions/32");
        assertThat(city.status()).isEqualTo(201);
        assertThat(city.header("Location")).isEqualTo("/api/v1/regions/32.73");
        assertThat(text(city.json(), "code", "name", "level", "parentCode", "timeZone"))
                .containsExactly("32.73", "Kota Bandung", "CITY", "32", "Asia/Jakarta");
        ApiClient.Response read = admin("32").get("/api/v1/regions/32.73");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(city.json());
    }

    @Test
    void levelParentAndTimeZoneFollowFromTheCodeWhenLeftOut() {
        registerProvince("33", "Provinsi Jawa Tengah");

        ApiClient.Response regency = admin("33").post("/api/v1/regions",
                Map.of("code", "33.01", "name", "Kabupaten Cilacap"));

        assertThat(regency.status()).isEqualTo(201);
        assertThat(text(regency.json(), "level", "parentCode", "timeZone"))
                .containsExactly("REGENCY", "33", "Asia/Jakarta");
    }

    @Test
    void anExistingCodeIsAConflictThatChangesNothing() {
        registerProvince("34", "DI Yogyakarta");
        JsonNode registered = admin("34").get("/api/v1/regions/34").json();

        ApiClient.Response again = admin("34").post("/api/v1/regions", Map.of("code", "34", "name", "Another name"));

        assertProblem(again, 409, "region-exists");
        assertThat(admin("34").get("/api/v1/regions/34").json()).isEqualTo(registered);
        assertThat(registered.get("name").asString()).as("the official name stands")
                .isEqualTo("Daerah Istimewa Yogyakarta");
    }

    static Stream<Arguments> invalidRegions() {
        return Stream.of(
                invalid("a code that is not PP or PP.KK", body -> body.put("code", "35.070"), "code"),
                invalid("kota number 70 does not exist", body -> body.put("code", "35.70"), "code"),
                invalid("a level the code contradicts", body -> body.put("level", "REGENCY"), "level"),
                invalid("an unknown level", body -> body.put("level", "KECAMATAN"), "level"),
                invalid("a parent other than the province", body -> body.put("parentCode", "36"), "parentCode"),
                invalid("a kabupaten/kota of a province neither listed nor registered", body -> {
                    body.put("code", "37.71");
                    body.remove("parentCode");
                }, "parentCode"),
                invalid("a zone outside Indonesia", body -> body.put("timeZone", "Asia/Singapore"), "timeZone"),
                invalid("a time zone the official list contradicts", body -> body.put("timeZone", "Asia/Makassar"),
                        "timeZone"),
                invalid("a code not listed, without a name and with an unknown zone", body -> {
                    body.put("code", "35.99");
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
        long activeBefore = mongo.count(Query.query(Criteria.where("active").is(true)), Region.class);
        // as the admin of the province the code names, who may register there
        TestCaller admin = TestCaller.provinceAdmin(((String) body.get("code")).substring(0, 2));

        ApiClient.Response refused = as(admin).post("/api/v1/regions", body, "Idempotency-Key",
                "refused-" + description);

        assertProblem(refused, 400, "validation-failed");
        assertThat(fields(refused)).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(mongo.count(new Query(), Region.class)).isEqualTo(regionsBefore);
        assertThat(mongo.count(Query.query(Criteria.where("active").is(true)), Region.class)).isEqualTo(activeBefore);
        // whoever's record it would be: ids end with the key
        assertThat(mongo.exists(Query.query(Criteria.where("_id").regex(
                "^create-region:.*:" + java.util.regex.Pattern.quote("refused-" + description) + "$")),
                "idempotency_keys")).isFalse();
    }

    @Test
    void fieldErrorsAreExplainedInIndonesianAndInEnglishOnRequest() {
        Map<String, String> kecamatan = Map.of("code", "32.73.01", "name", "Kecamatan Coblong");

        ApiClient.Response indonesian = admin("32").post("/api/v1/regions", kecamatan);
        ApiClient.Response english = admin("32").post("/api/v1/regions", kecamatan, "Accept-Language", "en");

        assertThat(indonesian.json().at("/errors/0/message").asString())
                .isEqualTo("kode \"32.73.01\" bukan kode wilayah Kemendagri: PP untuk provinsi, PP.KK untuk kabupaten"
                        + " (01-69) atau kota (71-99)");
        assertThat(english.json().at("/errors/0/message").asString())
                .startsWith("code \"32.73.01\" is not a Kemendagri region code");
    }

    @Test
    void anUnknownRegionIsANotFoundProblem() {
        assertProblem(admin("99").get("/api/v1/regions/99"), 404, "region-not-found");
        assertProblem(admin("99").get("/api/v1/regions/99/opds"), 404, "region-not-found");
        assertProblem(admin("99").post("/api/v1/regions/99/opds", Map.of("code", PTSP, "name", "Dinas PTSP")), 404,
                "region-not-found");
        assertThat(admin("99").get("/api/v1/regions/99", "Accept-Language", "en").json().get("detail").asString())
                .isEqualTo("There is no region with code 99.");
    }

    @Test
    void regionsAreListedByCodeInPagesAndFilteredByProvince() {
        registerProvince("51", "Provinsi Bali");
        for (String code : List.of("51.71", "51.03", "51.01")) {
            assertThat(admin("51").post("/api/v1/regions", Map.of("code", code, "name", "Daerah " + code)).status())
                    .isEqualTo(201);
        }

        ApiClient.Response first = admin("51").get("/api/v1/regions?parent=51&active=true&size=2");
        ApiClient.Response second = admin("51").get("/api/v1/regions?parent=51&active=true&size=2&page=1");
        ApiClient.Response active = admin("51").get("/api/v1/regions?active=true&size=100");
        ApiClient.Response listed = admin("51").get("/api/v1/regions?parent=51&size=100");

        assertThat(codes(first)).containsExactly("51.01", "51.03");
        assertThat(codes(second)).containsExactly("51.71");
        assertThat(text(first.json(), "page", "size", "totalElements", "totalPages"))
                .containsExactly("0", "2", "3", "2");
        assertThat(codes(active)).containsExactly("51", "51.01", "51.03", "51.71");
        assertThat(codes(listed)).as("Bali's eight kabupaten and Kota Denpasar, switched on or not")
                .containsExactly("51.01", "51.02", "51.03", "51.04", "51.05", "51.06", "51.07", "51.08", "51.71");
    }

    @Test
    void badPagingParametersAreRefusedFieldByField() {
        ApiClient.Response refused = as(TestCaller.viewer("32.73")).get("/api/v1/regions?page=-1&size=101");

        assertProblem(refused, 400, "validation-failed");
        assertThat(fields(refused)).containsExactlyInAnyOrder("page", "size");
        assertThat(fields(as(TestCaller.viewer("32.73")).get("/api/v1/regions?size=many"))).containsExactly("size");
    }

    @Test
    void aRetriedRegionWithTheSameIdempotencyKeyIsAnsweredAgainWithoutASecondWrite() {
        Map<String, String> ntb = Map.of("code", "52", "name", "Provinsi Nusa Tenggara Barat", "timeZone",
                "Asia/Makassar");

        ApiClient.Response first = admin("52").post("/api/v1/regions", ntb, "Idempotency-Key", "region-52");
        ApiClient.Response retry = admin("52").post("/api/v1/regions", ntb, "Idempotency-Key", "region-52");
        ApiClient.Response withoutKey = admin("52").post("/api/v1/regions", ntb);
        ApiClient.Response otherCallersKey = as(new TestCaller("another-admin", "another-client",
                List.of("PROVINCE_ADMIN"), "52", null)).post("/api/v1/regions", ntb, "Idempotency-Key", "region-52");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertProblem(withoutKey, 409, "region-exists");
        assertProblem(otherCallersKey, 409, "region-exists");
        assertThat(auditOf(admin("52"), "region", "52")).as("a replay writes nothing, so audits nothing").hasSize(1);
    }

    @Test
    void opdsAreRegisteredInTheirRegionAndReadBack() {
        registerRegion("61", "61.71");

        ApiClient.Response ptsp = admin("61").post("/api/v1/regions/61.71/opds", Map.of("code", PTSP,
                "name", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "shortName", "Dinas PTSP"));

        assertThat(ptsp.status()).isEqualTo(201);
        assertThat(ptsp.header("Location")).isEqualTo("/api/v1/regions/61.71/opds/" + PTSP);
        assertThat(text(ptsp.json(), "regionCode", "code", "name", "shortName")).containsExactly("61.71", PTSP,
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas PTSP");
        assertThat(ptsp.json().get("id").asString()).matches("[0-9a-f]{24}");
        assertThat(ptsp.header("ETag")).isEqualTo("\"0\"");
        assertThat(admin("61").get("/api/v1/regions/61.71/opds/" + PTSP).json()).isEqualTo(ptsp.json());
        assertProblem(admin("61").get("/api/v1/regions/61.71/opds/" + DISKOMINFO), 404, "opd-not-found");
    }

    @Test
    void anOpdKeepsItsKindAndActiveFlagAndIsAnnounced() throws InterruptedException {
        registerRegion("66", "66.71");

        ApiClient.Response uptd = admin("66").post("/api/v1/regions/66.71/opds", Map.of("code", PTSP,
                "name", "UPTD Pelayanan Perizinan", "shortName", "UPTD Perizinan", "kind", "UPTD", "active", false));
        ApiClient.Response unknownKind = admin("66").post("/api/v1/regions/66.71/opds",
                Map.of("code", DISKOMINFO, "name", "Diskominfo", "kind", "KANTOR"));

        assertThat(uptd.status()).isEqualTo(201);
        assertThat(text(uptd.json(), "kind", "active")).containsExactly("UPTD", "false");
        assertProblem(unknownKind, 400, "validation-failed");
        assertThat(fields(unknownKind)).containsExactly("kind");
        try (EventProbe events = EventProbe.on(kafka, "innovation-events")) {
            OpdRegistered announced = events.await(OpdRegistered.class, event -> event.regionCode().equals("66.71"));
            assertThat(announced).isEqualTo(new OpdRegistered("66.71", PTSP, "UPTD Pelayanan Perizinan",
                    "UPTD Perizinan", "UPTD", null, false, Instant.parse(uptd.json().get("registeredAt").asString())));
        }
    }

    @Test
    void anOpdCodeIsUniqueWithinItsRegionOnly() {
        registerRegion("62", "62.71");
        admin("62").post("/api/v1/regions", Map.of("code", "62.01", "name", "Kabupaten Kotawaringin Barat"));
        Map<String, String> inspektorat = Map.of("code", INSPEKTORAT, "name", "Inspektorat Daerah");

        ApiClient.Response first = admin("62").post("/api/v1/regions/62.71/opds", inspektorat);
        ApiClient.Response again = admin("62").post("/api/v1/regions/62.71/opds",
                Map.of("code", INSPEKTORAT, "name", "Inspektorat Kota"));
        ApiClient.Response elsewhere = admin("62").post("/api/v1/regions/62.01/opds", inspektorat);

        assertThat(first.status()).isEqualTo(201);
        assertProblem(again, 409, "opd-exists");
        assertThat(admin("62").get("/api/v1/regions/62.71/opds/" + INSPEKTORAT).json().get("name").asString())
                .isEqualTo("Inspektorat Daerah");
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void aSubUnitNamesAParentRegisteredInTheSameRegion() {
        registerRegion("63", "63.71");
        registerRegion("63", "63.72");
        admin("63").post("/api/v1/regions/63.71/opds", Map.of("code", PTSP, "name", "Dinas PTSP"));

        ApiClient.Response uptd = admin("63").post("/api/v1/regions/63.71/opds",
                Map.of("code", "2.18.0.00.0.00.01.0001", "name", "UPTD Perizinan", "parentCode", PTSP));
        ApiClient.Response orphan = admin("63").post("/api/v1/regions/63.72/opds",
                Map.of("code", "2.18.0.00.0.00.01.0001", "name", "UPTD Perizinan", "parentCode", PTSP));

        assertThat(uptd.status()).isEqualTo(201);
        assertThat(uptd.json().get("parentCode").asString()).isEqualTo(PTSP);
        assertProblem(orphan, 400, "validation-failed");
        assertThat(fields(orphan)).containsExactly("parentCode");
        assertProblem(admin("63").get("/api/v1/regions/63.72/opds/2.18.0.00.0.00.01.0001"), 404, "opd-not-found");
    }

    @Test
    void anInvalidOpdIsRefusedFieldByFieldAndNothingIsWritten() {
        registerRegion("64", "64.71");

        ApiClient.Response refused = admin("64").post("/api/v1/regions/64.71/opds",
                Map.of("code", "Dinas-PTSP", "name", " ", "shortName", "s".repeat(61)));

        assertProblem(refused, 400, "validation-failed");
        assertThat(fields(refused)).containsExactlyInAnyOrder("code", "name", "shortName");
        assertThat(admin("64").get("/api/v1/regions/64.71/opds").json().get("totalElements").asLong()).isZero();
    }

    @Test
    void opdsAreListedByCodeInPages() {
        registerRegion("65", "65.71");
        for (String code : List.of(INSPEKTORAT, PTSP, DISKOMINFO)) {
            admin("65").post("/api/v1/regions/65.71/opds", Map.of("code", code, "name", "OPD " + code),
                    "Idempotency-Key", "opd-65.71-" + code);
        }

        ApiClient.Response first = admin("65").get("/api/v1/regions/65.71/opds?size=2");
        ApiClient.Response second = admin("65").get("/api/v1/regions/65.71/opds?size=2&page=1");

        assertThat(codes(first)).containsExactly(DISKOMINFO, PTSP);
        assertThat(codes(second)).containsExactly(INSPEKTORAT);
        assertThat(text(second.json(), "page", "size", "totalElements", "totalPages"))
                .containsExactly("1", "2", "3", "2");
    }

    @Test
    void aProvinceAdminRegistersItsProvinceAndTheRegionsUnderItButNothingElsewhere() {
        Map<String, String> tapanuli = Map.of("code", "71.71", "name", "Kota Tapanuli");

        assertThat(admin("71").post("/api/v1/regions", Map.of("code", "71", "name", "Provinsi 71")).status())
                .isEqualTo(201);
        assertThat(admin("71").post("/api/v1/regions", tapanuli).status()).isEqualTo(201);
        assertProblem(admin("71").post("/api/v1/regions", Map.of("code", "72", "name", "Provinsi 72")), 404,
                "not-found");
        assertProblem(admin("72").post("/api/v1/regions", Map.of("code", "71.72", "name", "Kota 71.72")), 404,
                "not-found");
        assertProblem(as(TestCaller.regionAdmin("71.71")).post("/api/v1/regions",
                Map.of("code", "71.73", "name", "Kota 71.73")), 403, "forbidden");
        assertProblem(anonymous().post("/api/v1/regions", tapanuli), 401, "unauthenticated");
        assertThat(codes(admin("71").get("/api/v1/regions?active=true"))).containsExactly("71", "71.71");
        assertThat(mongo.exists(Query.query(Criteria.where("code").in("72", "71.72", "71.73").and("active").is(true)),
                Region.class)).isFalse();
    }

    @Test
    void aRegionReadsItsOwnEntryAndOpdsOnlyAndOtherRegionsAnswer404() {
        registerRegion("73", "73.71");
        registerRegion("73", "73.01");
        admin("73").post("/api/v1/regions/73.71/opds", Map.of("code", PTSP, "name", "Dinas PTSP"));
        admin("73").post("/api/v1/regions/73.01/opds", Map.of("code", DISKOMINFO, "name", "Diskominfo"));
        ApiClient kotaViewer = as(TestCaller.viewer("73.71"));

        assertThat(codes(kotaViewer.get("/api/v1/regions?size=100"))).containsExactly("73.71");
        assertThat(codes(kotaViewer.get("/api/v1/regions?parent=73"))).containsExactly("73.71");
        assertThat(codes(kotaViewer.get("/api/v1/regions/73.71/opds"))).containsExactly(PTSP);
        assertThat(kotaViewer.get("/api/v1/regions/73.71/opds/" + PTSP).status()).isEqualTo(200);
        for (String elsewhere : List.of("/api/v1/regions/73", "/api/v1/regions/73.01",
                "/api/v1/regions/73.01/opds", "/api/v1/regions/73.01/opds/" + DISKOMINFO)) {
            assertProblem(kotaViewer.get(elsewhere), 404, "region-not-found");
            assertProblem(admin("74").get(elsewhere), 404, "region-not-found");
        }
        assertThat(codes(admin("73").get("/api/v1/regions?active=true"))).containsExactly("73", "73.01", "73.71");
        assertThat(codes(admin("74").get("/api/v1/regions?active=true"))).isEmpty();
    }

    @Test
    void aRegionAdminRegistersOpdsInItsOwnRegionOnly() {
        registerRegion("75", "75.71");
        registerRegion("75", "75.01");
        Map<String, String> ptsp = Map.of("code", PTSP, "name", "Dinas PTSP");

        assertThat(as(TestCaller.regionAdmin("75.71")).post("/api/v1/regions/75.71/opds", ptsp).status())
                .isEqualTo(201);
        assertProblem(as(TestCaller.regionAdmin("75.71")).post("/api/v1/regions/75.01/opds", ptsp), 404,
                "region-not-found");
        assertProblem(as(TestCaller.opdOperator("75.01", PTSP)).post("/api/v1/regions/75.01/opds", ptsp), 403,
                "forbidden");
        assertThat(codes(admin("75").get("/api/v1/regions/75.01/opds"))).isEmpty();
    }

    @Test
    void everyRegistrationIsAuditedWithItsCallerAndSeenByItsRegion() {
        TestCaller kotaAdmin = TestCaller.regionAdmin("76.71");
        registerRegion("76", "76.71");
        ApiClient.Response ptsp = as(kotaAdmin).post("/api/v1/regions/76.71/opds",
                Map.of("code", PTSP, "name", "Dinas PTSP"), "X-Request-Id", "opd-audit-1");
        assertThat(ptsp.status()).isEqualTo(201);

        JsonNode region = auditOf(as(kotaAdmin), "region", "76.71");
        JsonNode opd = auditOf(as(TestCaller.inspector("76.71")), "opd", "76.71/" + PTSP);

        assertThat(region).hasSize(1);
        assertThat(text(region.get(0).get("entry"), "entity", "entityId", "action", "region", "subject"))
                .containsExactly("region", "76.71", "register", "76.71", TestCaller.provinceAdmin("76").subject());
        assertThat(opd).hasSize(1);
        assertThat(text(opd.get(0).get("entry"), "entity", "action", "region", "opd", "subject", "requestId"))
                .containsExactly("opd", "register", "76.71", PTSP, kotaAdmin.subject(), "opd-audit-1");
        assertThat(opd.get(0).at("/entry/afterDigest").asString()).hasSize(64);
        assertThat(auditOf(admin("76"), "region", null)).extracting(record -> record.at("/entry/entityId").asString())
                .containsExactly("76", "76.71");
        assertThat(auditOf(as(TestCaller.regionAdmin("76.01")), "opd", "76.71/" + PTSP)).isEmpty();
    }

    @Test
    void anOpdIsChangedOverTheVersionItWasReadAtAndAnnouncedAgain() throws InterruptedException {
        registerRegion("53", "53.71");
        ApiClient admin = admin("53");
        ApiClient.Response ptsp = admin.post("/api/v1/regions/53.71/opds", Map.of("code", PTSP,
                "name", "Dinas Penanaman Modal dan PTSP", "shortName", "DPMPTSP", "kind", "DINAS"));
        String id = ptsp.json().get("id").asString();
        admin.post("/api/v1/regions/53.71/opds", Map.of("code", DISKOMINFO, "name", "Diskominfo"));
        ApiClient.Response uptd = admin.post("/api/v1/regions/53.71/opds", Map.of("code", INSPEKTORAT,
                "name", "UPTD Perizinan", "kind", "UPTD", "parentCode", PTSP));

        ApiClient.Response changed = admin.send("PATCH", "/api/v1/opds/" + id, Map.of("name",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "shortName", "", "parentCode", DISKOMINFO),
                "If-Match", ptsp.header("ETag"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(text(changed.json(), "code", "name", "kind", "parentCode", "active")).containsExactly(PTSP,
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DINAS", DISKOMINFO, "true");
        assertThat(changed.json().has("shortName")).isFalse();
        assertThat(admin.get("/api/v1/regions/53.71/opds/" + PTSP).json()).isEqualTo(changed.json());
        try (EventProbe events = EventProbe.on(kafka, "innovation-events")) {
            OpdRegistered announced = events.await(OpdRegistered.class, event -> event.regionCode().equals("53.71")
                    && event.opdCode().equals(PTSP) && DISKOMINFO.equals(event.parentOpdCode()));
            assertThat(announced).isEqualTo(new OpdRegistered("53.71", PTSP,
                    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", null, "DINAS", DISKOMINFO, true,
                    Instant.parse(ptsp.json().get("registeredAt").asString())));
        }
        JsonNode audit = auditOf(admin, "opd", "53.71/" + PTSP);
        assertThat(audit).extracting(record -> record.at("/entry/action").asString())
                .containsExactly("register", "update");

        assertProblem(admin.send("PATCH", "/api/v1/opds/" + id, Map.of("kind", "BADAN"), "If-Match",
                ptsp.header("ETag")), 412, "stale-version");
        assertProblem(admin.send("PATCH", "/api/v1/opds/" + id, Map.of("kind", "BADAN")), 428, "if-match-required");
        ApiClient.Response loop = admin.send("PATCH", "/api/v1/opds/" + PTSP, Map.of("parentCode", INSPEKTORAT),
                "If-Match", "\"1\"");
        assertProblem(loop, 400, "validation-failed");
        assertThat(fields(loop)).containsExactly("parentCode");
        ApiClient.Response blank = admin.send("PATCH", "/api/v1/opds/" + id, Map.of("name", " "), "If-Match", "\"1\"");
        assertThat(fields(blank)).containsExactly("name");
        assertThat(uptd.status()).isEqualTo(201);
        ApiClient.Response byCode = admin.send("PATCH", "/api/v1/opds/" + DISKOMINFO, Map.of("active", false),
                "If-Match", "\"0\"");
        assertThat(text(byCode.json(), "code", "active")).containsExactly(DISKOMINFO, "false");
        assertProblem(as(TestCaller.opdOperator("53.71", PTSP)).send("PATCH", "/api/v1/opds/" + id,
                Map.of("kind", "BADAN"), "If-Match", "\"1\""), 403, "forbidden");
        assertProblem(admin("81").send("PATCH", "/api/v1/opds/" + id, Map.of("kind", "BADAN"), "If-Match",
                "\"1\""), 404, "opd-not-found-in-scope");
    }

    @Test
    void aCodeUsedInTwoRegionsNamesNoOneOpdButItsIdDoes() {
        registerRegion("82", "82.71");
        registerRegion("82", "82.72");
        ApiClient admin = admin("82");
        admin.post("/api/v1/regions/82.71/opds", Map.of("code", PTSP, "name", "Dinas PTSP Ternate"));
        String tidore = admin.post("/api/v1/regions/82.72/opds", Map.of("code", PTSP, "name", "Dinas PTSP Tidore"))
                .json().get("id").asString();

        assertProblem(admin.send("PATCH", "/api/v1/opds/" + PTSP, Map.of("kind", "DINAS"), "If-Match", "\"0\""),
                409, "opd-code-ambiguous");
        assertThat(admin.send("PATCH", "/api/v1/opds/" + tidore, Map.of("kind", "DINAS"), "If-Match", "\"0\"")
                .json().get("regionCode").asString()).isEqualTo("82.72");
        assertThat(as(TestCaller.regionAdmin("82.71")).send("PATCH", "/api/v1/opds/" + PTSP,
                Map.of("kind", "DINAS"), "If-Match", "\"0\"").json().get("name").asString())
                .as("a region admin reads one of them").isEqualTo("Dinas PTSP Ternate");
    }

    @Test
    void aRegionIsSwitchedOffOnlyOnceNothingWorksInItAnyMore() {
        registerRegion("81", "81.71");
        ApiClient province = admin("81");
        String opd = province.post("/api/v1/regions/81.71/opds", Map.of("code", PTSP, "name", "Dinas PTSP"))
                .json().get("id").asString();
        assertProblem(province.post("/api/v1/regions/81.71/deactivate", null), 409, "region-has-active-opds");
        String innovation = province.post("/api/v1/innovations", Map.of("regionCode", "81.71", "opdCode", PTSP,
                "title", "Izin daring", "problem", "Izin lambat", "plannedInnovation", "Izin daring",
                "form", "PELAYANAN_PUBLIK", "startDate", "2026-01-01", "targetDuration", "P6M",
                "indicators", List.of(Map.of("name", "Waktu izin", "kind", "TREND", "unit", "hari",
                        "polarity", "LOWER_IS_BETTER", "baseline", 10, "target", 5, "frequency", "MONTHLY"))))
                .json().get("id").asString();
        province.send("PATCH", "/api/v1/opds/" + opd, Map.of("active", false), "If-Match", "\"0\"");

        assertProblem(province.post("/api/v1/regions/81.71/deactivate", null), 409,
                "region-has-innovations-in-progress");
        assertThat(province.post("/api/v1/innovations/" + innovation + "/stage", Map.of("stage", "DIHENTIKAN",
                "reason", "Digantikan aplikasi provinsi"), "If-Match", "\"0\"").status()).isEqualTo(200);
        assertProblem(as(TestCaller.regionAdmin("81.71")).post("/api/v1/regions/81.71/deactivate", null), 403,
                "forbidden");
        assertProblem(admin("82").post("/api/v1/regions/81.71/deactivate", null), 404, "region-not-found");

        ApiClient.Response off = province.post("/api/v1/regions/81.71/deactivate", null);

        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(province.get("/api/v1/regions/81.71").json().get("active").asBoolean()).isFalse();
        assertProblem(province.post("/api/v1/regions/81.71/deactivate", null), 409, "region-inactive");
        assertProblem(province.post("/api/v1/regions/81.71/opds", Map.of("code", DISKOMINFO, "name", "Diskominfo")),
                409, "region-inactive");
        assertThat(auditOf(province, "region", "81.71")).extracting(record -> record.at("/entry/action").asString())
                .endsWith("deactivate");
    }

    private void registerProvince(String code, String name) {
        ApiClient.Response response = admin(code).post("/api/v1/regions", Map.of("code", code, "name", name),
                "Idempotency-Key", "province-" + code);
        assertThat(response.status()).isEqualTo(201);
    }

    private void registerRegion(String province, String code) {
        registerProvince(province, "Provinsi " + province);
        ApiClient.Response response = admin(province).post("/api/v1/regions",
                Map.of("code", code, "name", "Kota " + code), "Idempotency-Key", "region-" + code);
        assertThat(response.status()).isEqualTo(201);
    }

    /** The audit records of one entity, once the relay has appended them all to the trail. */
    private JsonNode auditOf(ApiClient reader, String entity, String id) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !mongo.exists(
                Query.query(Criteria.where("outbox.0").exists(true)), Region.class) && !mongo.exists(
                Query.query(Criteria.where("outbox.0").exists(true)), "opds"));
        ApiClient.Response records = reader.get("/api/v1/audit?entity=" + entity + (id == null ? "" : "&id=" + id));
        assertThat(records.status()).as(records.body()).isEqualTo(200);
        return records.json().get("content");
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
