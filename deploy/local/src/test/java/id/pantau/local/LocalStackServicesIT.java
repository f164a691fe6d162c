package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steps the real services will take, with {@link FakeService} as each service's jar (the services are built in
 * their own modules): environment, readiness, demo data through the APIs, stop, kill and restart of one service,
 * and a service that dies during startup. The authorization server is a FakeService too, except in one test that
 * runs the real one from {@code deploy/auth-server/target}.
 */
class LocalStackServicesIT {

    /** A repository root of fake service jars, whose deploy/local/target is this module's real one. */
    private static final Path ROOT = Path.of("target/it/fake-root").toAbsolutePath();
    private static final Path DATA = Path.of("target/it/services").toAbsolutePath();
    /** The same fake services, with the real authorization server jar of the auth-server module. */
    private static final Path ROOT_WITH_AUTH_SERVER = Path.of("target/it/fake-root-with-auth-server").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void fakeRepository() throws IOException {
        link(ROOT.resolve("deploy/local/target"), Path.of("target"));
        for (PantauService service : PantauService.values()) {
            Path jar = ROOT.resolve(service.artifactId() + "/target/" + service.artifactId() + ".jar");
            Files.createDirectories(jar.getParent());
            writeFakeServiceJar(jar);
            link(ROOT_WITH_AUTH_SERVER.resolve(service.artifactId() + "/target"), jar.getParent());
        }
        Path authServerJar = ROOT.resolve(AuthServerProcess.JAR);
        Files.createDirectories(authServerJar.getParent());
        writeFakeServiceJar(authServerJar);
        link(ROOT_WITH_AUTH_SERVER.resolve("deploy/local/target"), Path.of("target"));
        link(ROOT_WITH_AUTH_SERVER.resolve("deploy/auth-server/target"), Path.of("../auth-server/target"));
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, target.toAbsolutePath().normalize());
        }
    }

    private static void writeFakeServiceJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(FakeService.class.getClassLoader().getResourceAsStream(entry).readAllBytes());
            out.closeEntry();
        }
    }

    private LocalStack.Builder stack(String name) {
        return LocalStack.builder().root(ROOT).dataDir(DATA.resolve(name)).fresh(true).memoryMongo(true).randomPorts();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> environmentOf(LocalStack stack, PantauService service) throws Exception {
        return FakeService.parseEnv(get(stack.serviceUrl(service) + "/env").body());
    }

    @Test
    void servicesAreConfiguredOnlyByEnvironmentAndDemoDataLoadsOnce() throws Exception {
        try (LocalStack stack = stack("environment")
                .environment(PantauService.MONITORING, "PANTAU_REPORTING_GRACE_DAYS", "0")
                .start()) {
            for (PantauService service : PantauService.values()) {
                Map<String, String> environment = environmentOf(stack, service);
                assertThat(environment).containsEntry("SERVER_PORT", stack.serviceUrl(service).replaceAll(".*:", ""))
                        .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrap())
                        .containsEntry("SPRING_MONGODB_URI", stack.mongoUri(service.database()))
                        .containsEntry("PANTAU_SECURITY_ISSUERS_0_URI", stack.issuerUrl())
                        .doesNotContainKey("PANTAU_SECURITY_ISSUERS");
            }
            assertThat(environmentOf(stack, PantauService.NOTIFICATION))
                    .containsEntry("SPRING_MAIL_HOST", "127.0.0.1")
                    .containsEntry("SPRING_MAIL_PORT", String.valueOf(stack.smtpPort()));
            assertThat(environmentOf(stack, PantauService.MONITORING)).containsEntry("PANTAU_REPORTING_GRACE_DAYS", "0");
            assertThat(environmentOf(stack, PantauService.INNOVATION)).doesNotContainKey("SPRING_MAIL_HOST");

            DemoData demo = DemoData.load();
            assertThat(demo.apply(stack::serviceUrl, stack::accessToken)).allMatch(DemoResult::created);
            assertThat(demo.apply(stack::serviceUrl, stack::accessToken)).noneMatch(DemoResult::created);
            // tokens from the stack's authorization server (a fake one here), of the client allowed to create each
            assertThat(Files.readString(stack.dataDir().resolve("logs/innovation.log")))
                    .contains("fake service: POST /api/v1/regions created (Bearer fake-token-of-province-admin)",
                            "fake service: POST /api/v1/innovations created (Bearer fake-token-of-opd-ptsp)");
        }
    }

    @Test
    void theRealAuthorizationServerRunsWithTheServicesAndHandsOutTokensForThem() throws Exception {
        try (LocalStack stack = LocalStack.builder().root(ROOT_WITH_AUTH_SERVER).dataDir(DATA.resolve("auth-server"))
                .fresh(true).memoryMongo(true).randomPorts().services(PantauService.INNOVATION).start()) {
            JsonNode discovery = JSON.readTree(get(stack.issuerUrl() + "/.well-known/openid-configuration").body());
            assertThat(discovery.path("token_endpoint").asString()).isEqualTo(stack.tokenUrl());
            assertThat(UrlTable.render(stack)).contains(stack.issuerUrl(), stack.tokenUrl());

            // the signature is the auth-server module's test; here: the stack's issuer and each demo client's claims,
            // which must agree with what DemoClient says of it
            for (DemoClient client : DemoClient.values()) {
                JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(stack.accessToken(client).split("\\.")[1]));
                assertThat(claims.path("iss").asString()).isEqualTo(stack.issuerUrl());
                assertThat(claims.path("aud").asString()).isEqualTo("pantau-api");
                assertThat(claims.path("azp").asString()).isEqualTo(client.id());
                assertThat(claims.path("roles").valueStream().map(JsonNode::asString)).as(client.id())
                        .containsExactly(client.role());
                assertThat(claims.path("region").asString()).as(client.id()).isEqualTo(client.region());
                assertThat(claims.path("opd").asString(null)).as(client.id()).isEqualTo(client.opd());
            }
            assertThat(stack.accessToken(DemoClient.OPD_PTSP)).as("kept, not asked again")
                    .isEqualTo(stack.accessToken(DemoClient.OPD_PTSP));
        }
    }

    @Test
    void externalKafkaAndMongoAreHandedToTheServicesInsteadOfStartingOwnOnes() throws Exception {
        try (LocalStack stack = stack("external").services(PantauService.MONITORING)
                .externalKafka("kafka.example:9092")
                .externalMongo("mongodb://mongo.example:27017/?replicaSet=rs0")
                .start()) {
            assertThat(environmentOf(stack, PantauService.MONITORING))
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092")
                    .containsEntry("SPRING_MONGODB_URI", "mongodb://mongo.example:27017/pantau-monitoring?replicaSet=rs0");
            assertThat(stack.dataDir().resolve("logs/kafka.log")).doesNotExist();
            assertThat(stack.dataDir().resolve("logs/mongo.log")).doesNotExist();
        }
    }

    @Test
    void oneServiceCanBeStoppedOrKilledAndStartedAgainWhileTheOthersRun() throws Exception {
        try (LocalStack stack = stack("restart").services(PantauService.INNOVATION, PantauService.MONITORING).start()) {
            String monitoringReady = stack.serviceUrl("monitoring-service") + "/actuator/health/readiness";

            stack.stopService(PantauService.MONITORING);
            assertThatThrownBy(() -> get(monitoringReady)).isInstanceOf(IOException.class);
            assertThat(get(stack.serviceUrl("innovation") + "/actuator/health/readiness").statusCode()).isEqualTo(200);

            stack.startService(PantauService.MONITORING);
            assertThat(get(monitoringReady).statusCode()).isEqualTo(200);

            stack.killService(PantauService.MONITORING);
            assertThatThrownBy(() -> get(monitoringReady)).isInstanceOf(IOException.class);
            stack.startService(PantauService.MONITORING);
            assertThat(get(monitoringReady).statusCode()).isEqualTo(200);

            assertThatThrownBy(() -> stack.stopService(PantauService.REPORTING))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aServiceThatDiesDuringStartupFailsTheStartWithItsLastLinesAndStopsTheRest() {
        LocalStack.Builder builder = stack("failure").environment(PantauService.REPORTING, "FAKE_SERVICE_FAIL", "true");

        assertThatThrownBy(builder::start)
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("reporting exited with code 3")
                .hasMessageContaining("fake service: failing on purpose");

        // the same ports are free again: what had started was stopped
        try (LocalStack stack = builder.services(PantauService.INNOVATION, PantauService.MONITORING,
                PantauService.NOTIFICATION).start()) {
            assertThat(stack.serviceUrl(PantauService.INNOVATION)).startsWith("http://127.0.0.1:");
        }
    }
}
