package id.pantau.system;

import static id.pantau.local.DemoClient.OPD_PTSP;
import static id.pantau.local.DemoClient.OPD_PTSP_KAB_BANDUNG;
import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.local.AccessTokens;
import id.pantau.local.DemoClient;
import id.pantau.local.DemoData;
import id.pantau.local.DemoResult;
import id.pantau.local.LocalStack;
import id.pantau.local.PantauService;
import id.pantau.testing.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak realm of docker-compose ({@code deploy/identity/pantau-realm.json}) in a real Keycloak, trusted by a
 * real service: every demo client gets a client-credentials token with the claims the services require, and
 * innovation-service, trusting that realm alone, lets each caller act within its scope. Runs with
 * {@code -Pkeycloak} (Keycloak's first start takes a minute or two). The distribution
 * ({@code org.keycloak:keycloak-quarkus-dist}, 177 MB) is taken from the local Maven repository, or resolved into it
 * through the Maven wrapper; where it cannot be resolved (offline) the test is skipped.
 */
class KeycloakRealmIT {

    private static final Path ROOT = Path.of(System.getProperty("pantau.root", "..")).toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KeycloakServer keycloak;
    private static LocalStack stack;
    private static AccessTokens keycloakTokens;

    @BeforeAll
    static void startKeycloakAndInnovationService() throws Exception {
        Path zip = distribution();
        Path work = Files.createDirectories(ROOT.resolve("system-tests/target/keycloak"));
        keycloak = KeycloakServer.start(zip, work, ROOT.resolve("deploy/identity/pantau-realm.json"), "pantau");
        // Kafka, MongoDB and the service start meanwhile; the service trusts Keycloak instead of the local server
        stack = LocalStack.builder()
                .root(ROOT)
                .dataDir(ROOT.resolve("system-tests/target/keycloak-stack"))
                .fresh(true)
                .memoryMongo(true)
                .randomPorts()
                .services(PantauService.INNOVATION)
                .environment(PantauService.INNOVATION, "PANTAU_SECURITY_ISSUERS_0_URI", keycloak.issuer())
                .start();
        keycloak.awaitReady();
        keycloakTokens = new AccessTokens(keycloak.tokenUrl());
    }

    /** The distribution zip in the local Maven repository, resolved into it first when it is not there yet. */
    private static Path distribution() throws IOException, InterruptedException {
        String version = System.getProperty("pantau.keycloak.version");
        String repository = System.getProperty("pantau.maven.repository");
        Assumptions.assumeTrue(version != null && repository != null,
                "Run through Maven with -Pkeycloak, which names the Keycloak version and the local repository");
        Path zip = Path.of(repository, "org/keycloak/keycloak-quarkus-dist", version,
                "keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            Process resolve = new ProcessBuilder(ROOT.resolve("mvnw").toString(), "-B", "-q", "dependency:get",
                    "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + version + ":zip", "-Dtransitive=false")
                    .directory(ROOT.toFile()).inheritIO().start();
            resolve.waitFor();
        }
        Assumptions.assumeTrue(Files.isRegularFile(zip), "Keycloak " + version + " cannot be resolved (offline?)");
        return zip;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (stack != null) {
            stack.stop();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void everyDemoClientGetsATokenWithTheClaimsTheServicesRequire() {
        for (DemoClient client : DemoClient.values()) {
            JsonNode claims = claims(keycloakTokens.token(client));
            assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuer());
            assertThat(claims.path("sub").asString()).as(client.id()).isNotBlank();
            assertThat(claims.path("azp").asString()).isEqualTo(client.id());
            // a string for one audience, a list for several
            assertThat(values(claims.path("aud"))).as(client.id()).contains("pantau-api");
            assertThat(values(claims.path("realm_access").path("roles"))).as(client.id()).contains(client.role());
            assertThat(claims.path("region").asString()).as(client.id()).isEqualTo(client.region());
            assertThat(claims.path("opd").asString(null)).as(client.id()).isEqualTo(client.opd());
        }
    }

    @Test
    void aServiceTrustingTheRealmLetsEachCallerActWithinItsScope() throws IOException {
        // the province admin, the region admin and the PTSP operator write the demo data with Keycloak tokens
        List<DemoResult> demo = DemoData.load().only(PantauService.INNOVATION)
                .apply(stack::serviceUrl, keycloakTokens::token);
        assertThat(demo).allMatch(DemoResult::created);

        ApiClient innovations = new ApiClient(stack.serviceUrl(PantauService.INNOVATION));
        ApiClient ptsp = innovations.withToken(keycloakTokens.token(OPD_PTSP));
        JsonNode own = ptsp.get("/api/v1/innovations?opd=" + OPD_PTSP.opd()).json();
        assertThat(own.get("totalElements").asInt()).isEqualTo(1);
        String ptspInnovation = own.at("/content/0/id").asString();
        assertThat(ptsp.get("/api/v1/innovations/" + ptspInnovation).status()).isEqualTo(200);

        ApiClient kabupatenBandung = innovations.withToken(keycloakTokens.token(OPD_PTSP_KAB_BANDUNG));
        assertProblem(kabupatenBandung.get("/api/v1/innovations/" + ptspInnovation), 404, "innovation-not-found");
        assertThat(kabupatenBandung.get("/api/v1/innovations").json().get("totalElements").asInt()).isZero();
    }

    @Test
    void tokensOfAnIssuerTheServiceDoesNotTrustAreRefused() {
        // the local authorization server still runs beside it, but the service was told to trust Keycloak alone
        ApiClient local = new ApiClient(stack.serviceUrl(PantauService.INNOVATION)).withToken(stack.accessToken(OPD_PTSP));

        assertProblem(local.get("/api/v1/innovations"), 401, "unauthenticated");
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static List<String> values(JsonNode node) {
        return node.isArray() ? StreamSupport.stream(node.spliterator(), false).map(JsonNode::asString).toList()
                : List.of(node.asString());
    }
}
