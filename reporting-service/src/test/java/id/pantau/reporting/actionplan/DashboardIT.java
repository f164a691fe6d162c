package id.pantau.reporting.actionplan;

import id.pantau.events.Severity;
import id.pantau.reporting.EventFeed;
import id.pantau.reporting.web.DashboardSession;
import id.pantau.reporting.web.LoginProvider;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.net.http.HttpResponse;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over HTTP, logged in through the authorization-code flow of a real (test) OpenID provider: each
 * page keeps to the caller's scope, the language follows the switch and not the browser, downloads go through the
 * session while the API itself still wants a bearer token.
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

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
