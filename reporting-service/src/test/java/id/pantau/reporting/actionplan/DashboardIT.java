package id.pantau.reporting.actionplan;

import id.pantau.events.Severity;
import id.pantau.reporting.EventFeed;
import id.pantau.reporting.web.DashboardSession;
import id.pantau.reporting.web.LoginProvider;
import id.pantau.testing.ApiClient;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over HTTP, logged in through the authorization-code flow of a real (test) OpenID provider: each
 * page keeps to the caller's scope, the language follows the switch and not the browser, downloads go through the
 * session while the API itself still wants a bearer token, errors are pages for the browser, and a projection rebuild
 * switches the pages over to the new collections.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class DashboardIT {

    private static final LoginProvider PROVIDER = LoginProvider.start();
    private static final TestCaller KOTA_CIREBON = TestCaller.regionAdmin("32.74");
    private static final TestCaller KOTA_SUKABUMI = TestCaller.regionAdmin("32.72");
    private static final TestCaller UNKNOWN_ROLE = TestCaller.of("JANITOR", "32.74", null);
    private static final TestCaller VIEWER_BOUND_BY_ACCESS_TOKEN = TestCaller.viewer("32.74");
    private static final TestCaller JAWA_BARAT_ADMIN = TestCaller.provinceAdmin("32");

    private static final SeedEvents.Ptsp CIREBON = new SeedEvents.Ptsp("32.74");
    private static final SeedEvents.Ptsp SUKABUMI = new SeedEvents.Ptsp("32.72");
    private static boolean seeded;

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void login(DynamicPropertyRegistry properties) {
        PROVIDER.person(KOTA_CIREBON).person(KOTA_SUKABUMI).person(UNKNOWN_ROLE)
                .personBoundInAccessTokenOnly(VIEWER_BOUND_BY_ACCESS_TOKEN);
        properties.add("pantau.dashboard.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        try (EventFeed events = new EventFeed(kafka, mongo)) {
            events.awaitHandled(events.publish(CIREBON.registered(), SUKABUMI.registered(),
                    CIREBON.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                    CIREBON.measured("2026-02", "10", "2026-03-03T03:30:00Z"),
                    CIREBON.slipped("2026-02", Severity.RED, "2026-03-03T03:30:01Z")));
        }
        seeded = true;
    }

    @Test
    void withoutASessionThePagesSendTheBrowserToTheLogin() {
        HttpResponse<String> response = DashboardSession.anonymous(base()).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(base() + "/oauth2/authorization/pantau");
    }

    @Test
    void aRegionAdminSeesTheInnovationsOfTheRegionAndNoneOfAnother() {
        DashboardSession cirebon = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);

        assertThat(cirebon.landing().statusCode()).isEqualTo(200);
        assertThat(cirebon.landing().body()).contains("1 inovasi").contains("/dashboard/opd/" + SeedEvents.PTSP);
        String opd = cirebon.get("/dashboard/opd/" + SeedEvents.PTSP + "?region=32.74").body();
        assertThat(opd).contains("/dashboard/innovations/" + CIREBON.innovationId)
                .doesNotContain(SUKABUMI.innovationId);
        String innovation = cirebon.get("/dashboard/innovations/" + CIREBON.innovationId).body();
        assertThat(innovation).contains("Target meleset: Tertinggal dari lintasan (Merah)");

        assertThat(cirebon.get("/?region=32.72").body()).contains("0 inovasi");
        assertThat(cirebon.get("/dashboard/opd/" + SeedEvents.PTSP + "?region=32.72").statusCode()).isEqualTo(404);
        assertThat(cirebon.get("/dashboard/innovations/" + SUKABUMI.innovationId).statusCode()).isEqualTo(404);
        assertThat(cirebon.get("/dashboard/innovations/" + SUKABUMI.innovationId + "/indicators/"
                + SUKABUMI.indicatorId).statusCode()).isEqualTo(404);

        DashboardSession sukabumi = DashboardSession.login(base(), PROVIDER, KOTA_SUKABUMI);
        assertThat(sukabumi.get("/dashboard/innovations/" + SUKABUMI.innovationId).statusCode()).isEqualTo(200);
        assertThat(sukabumi.get("/dashboard/innovations/" + CIREBON.innovationId).statusCode()).isEqualTo(404);
    }

    @Test
    void theDashboardSpeaksIndonesianWhateverTheBrowserPrefersUntilEnglishIsChosen() {
        DashboardSession session = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);

        assertThat(session.get("/", "en-US,en;q=0.9").body())
                .contains("<html lang=\"id\"").contains("Ringkasan wilayah").contains("Langsung ke isi");
        HttpResponse<String> english = session.get("/?lang=en", "id");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Region overview").contains("Skip to content");
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("pantau-lang=en"));
        assertThat(session.get("/dashboard/innovations/" + CIREBON.innovationId, "id").body())
                .contains("Target slipped: Behind its trajectory (Red)");
        assertThat(session.get("/?lang=id").body()).contains("Ringkasan wilayah");
    }

    @Test
    void aDownloadGoesThroughTheSessionWhileTheApiStillWantsABearerToken() {
        DashboardSession session = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);

        HttpResponse<String> csv = session.get("/dashboard/downloads/action-plan?region=32.74&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).contains("Aplikasi layanan perizinan online");
        assertThat(session.get("/dashboard/downloads/action-plan?region=32.72&format=csv").body())
                .doesNotContain("Aplikasi layanan perizinan online");
        assertThat(session.get("/dashboard/downloads/unknown?region=32.74").statusCode()).isEqualTo(404);

        assertThat(session.get("/api/v1/reports/action-plan?region=32.74&format=csv").statusCode()).isEqualTo(401);
    }

    @Test
    void loggingOutEndsTheSession() {
        DashboardSession session = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);

        HttpResponse<String> loggedOut = session.logout();

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/dashboard/assets/signed-out.html"));
        assertThat(session.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aPersonWithoutARoleOfThePlatformCannotLogIn() {
        DashboardSession session = DashboardSession.login(base(), PROVIDER, UNKNOWN_ROLE);

        assertThat(session.landing().statusCode()).isEqualTo(403);
        assertThat(session.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void rolesAndRegionOnlyTheAccessTokenCarriesBindThePersonToo() {
        DashboardSession viewer = DashboardSession.login(base(), PROVIDER, VIEWER_BOUND_BY_ACCESS_TOKEN);

        assertThat(viewer.landing().statusCode()).isEqualTo(200);
        assertThat(viewer.get("/dashboard/innovations/" + CIREBON.innovationId).statusCode()).isEqualTo(200);
        assertThat(viewer.get("/dashboard/innovations/" + SUKABUMI.innovationId).statusCode()).isEqualTo(404);
    }

    @Test
    void theOverviewShowsTheProjectedIndexWithItsBandAndWhatEachInnovationMisses() {
        DashboardSession cirebon = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);
        JsonNode report = new ApiClient(base()).as(KOTA_CIREBON)
                .get("/api/v1/reports/innovation-index?region=32.74").json();
        JsonNode region = report.get("regions").get(0);
        JsonNode innovation = report.get("innovations").get(0);

        String overview = cirebon.get("/?region=32.74").body();

        assertThat(overview).contains("Proyeksi Indeks Inovasi Daerah").contains("katalog penilaian 2023")
                .contains("id=\"index-table\"").contains(indonesian(region.get("index").decimalValue()))
                // the band by its icon and label, never its colour alone
                .contains("band-" + region.get("band").asString().toLowerCase())
                .contains(region.get("bandLabel").asString())
                .contains("href=\"#index-missing\"").contains("id=\"index-missing\"")
                .contains("/dashboard/innovations/" + CIREBON.innovationId)
                .contains(indonesian(innovation.get("score").decimalValue()));
        // an innovation at its first stage misses the next one's points
        assertThat(overview).contains("Naikkan tahapan ke Uji coba").contains("(+<span>10,00</span>)");
        for (JsonNode missing : innovation.get("missing")) {
            assertThat(overview).contains(missing.get("detail").asString());
        }
        assertThat(overview).contains("id=\"download-innovation-index-xlsx\"")
                .contains("href=\"/dashboard/downloads/innovation-index?region=32.74&amp;");

        HttpResponse<String> csv = cirebon.get("/dashboard/downloads/innovation-index?region=32.74&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Aplikasi layanan perizinan online");
        assertThat(cirebon.get("/?region=32.74&lang=en").body()).contains("Projected regional innovation index")
                .contains("What is missing to score higher, per innovation");
    }

    @Test
    void theLanguageSwitchKeepsThePagesOtherParameters() {
        DashboardSession session = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);

        String opd = session.get("/dashboard/opd/" + SeedEvents.PTSP + "?region=32.74").body();
        assertThat(opd).contains("href=\"/dashboard/opd/" + SeedEvents.PTSP + "?region=32.74&amp;lang=en\"");

        String english = session.get("/dashboard/early-warning?region=32.74&lang=en").body();
        assertThat(english).contains("href=\"/dashboard/early-warning?region=32.74&amp;lang=id\"");
    }

    @Test
    void anUnknownOrForeignInnovationOrIndicatorIsAPageForTheBrowserWhileTheApiKeepsProblemJson() {
        DashboardSession cirebon = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);

        for (String path : List.of("/dashboard/innovations/tidak-ada",
                "/dashboard/innovations/" + CIREBON.innovationId + "/indicators/tidak-ada",
                "/dashboard/innovations/" + SUKABUMI.innovationId,
                "/dashboard/opd/tidak-ada?region=32.74", "/dashboard/downloads/tidak-ada?region=32.74")) {
            HttpResponse<String> missing = cirebon.get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(missing.body()).as(path).contains("<html lang=\"id\"").contains("Halaman tidak ditemukan")
                    .contains("Kembali ke ringkasan wilayah").contains("Langsung ke isi");
        }
        cirebon.get("/?lang=en");
        assertThat(cirebon.get("/dashboard/innovations/tidak-ada").body()).contains("Page not found");

        ApiClient.Response api = new ApiClient(base()).as(KOTA_CIREBON)
                .get("/api/v1/reports/action-plan/tidak-ada", "Accept", DashboardSession.BROWSER_ACCEPT);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aRefusedLoginOrAFormWithoutItsTokenIsAPageForTheBrowser() {
        HttpResponse<String> refused = DashboardSession.login(base(), PROVIDER, UNKNOWN_ROLE).landing();
        DashboardSession cirebon = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);
        HttpResponse<String> forged = cirebon.postWithoutCsrfToken("/logout");

        for (HttpResponse<String> forbidden : List.of(refused, forged)) {
            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertThat(forbidden.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(forbidden.body()).contains("<html lang=\"id\"").contains("Akses ditolak");
        }
        assertThat(cirebon.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void afterARebuildThePagesReadTheCollectionsSwitchedTo() {
        DashboardSession cirebon = DashboardSession.login(base(), PROVIDER, KOTA_CIREBON);
        String[] pages = {"/?region=32.74", "/dashboard/opd/" + SeedEvents.PTSP + "?region=32.74",
                "/dashboard/innovations/" + CIREBON.innovationId,
                "/dashboard/innovations/" + CIREBON.innovationId + "/indicators/" + CIREBON.indicatorId,
                "/dashboard/early-warning?region=32.74"};
        Map<String, String> before = new LinkedHashMap<>();
        for (String page : pages) {
            before.put(page, withoutCsrfToken(cirebon.get(page).body()));
        }
        assertThat(before.get(pages[0])).contains("1 inovasi");

        ApiClient admin = new ApiClient(base()).as(JAWA_BARAT_ADMIN);
        ApiClient.Response started = admin.post("/api/v1/projections/rebuild", null);
        assertThat(started.status()).isEqualTo(202);
        String rebuildId = started.json().get("rebuildId").asString();
        long previous = started.json().get("previousVersion").asLong();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String state = admin.get("/api/v1/projections/rebuild/" + rebuildId).json().get("state").asString();
            assertThat(state).isNotEqualTo("FAILED");
            return state.equals("COMPLETED");
        });

        long version = started.json().get("version").asLong();
        assertThat(mongo.getCollectionNames()).contains("action_plan_v" + version)
                .doesNotContain(previous == 0 ? "action_plan" : "action_plan_v" + previous);
        // the old collections are gone: a page still reading them would show an empty region
        for (String page : pages) {
            assertThat(withoutCsrfToken(cirebon.get(page).body())).as(page).isEqualTo(before.get(page));
        }
    }

    /** The logout form's CSRF token differs on every page (it is masked anew each time). */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
    }

    private static String indonesian(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
