package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeService innovation = new FakeService("innovation");
    private final FakeService notification = new FakeService("notification");
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFakes() throws IOException {
        innovation.start();
        notification.start();
    }

    @AfterEach
    void stopFakes() {
        innovation.stop();
        notification.stop();
    }

    private Function<PantauService, String> urls() {
        return service -> service == PantauService.NOTIFICATION ? notification.url() : innovation.url();
    }

    /** Stands in for the authorization server: a token that names its client. */
    private static String tokenOf(DemoClient client) {
        return "token-of-" + client.id();
    }

    private List<DemoResult> loadDemo(DemoData demo) {
        return demo.apply(urls(), DemoDataTest::tokenOf);
    }

    @Test
    void createsRegionsThenOpdsThenRecipientThenInnovationsThroughTheApis() {
        loadDemo(DemoData.load());

        assertThat(received).extracting(r -> r.service + " " + r.path).containsExactly(
                "innovation /api/v1/regions",
                "innovation /api/v1/regions",
                "innovation /api/v1/regions/32.73/opds",
                "innovation /api/v1/regions/32.73/opds",
                "innovation /api/v1/regions/32.73/opds",
                "notification /api/v1/recipients",
                "innovation /api/v1/innovations",
                "innovation /api/v1/innovations",
                "innovation /api/v1/innovations");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.method).isEqualTo("POST");
            assertThat(r.contentType).isEqualTo("application/json");
        });
    }

    @Test
    void everyItemIsSentWithATokenOfAClientAllowedToCreateIt() {
        loadDemo(DemoData.load());

        assertThat(received).extracting(r -> r.path + " " + r.authorization).containsExactly(
                "/api/v1/regions Bearer token-of-province-admin",
                "/api/v1/regions Bearer token-of-province-admin",
                "/api/v1/regions/32.73/opds Bearer token-of-region-admin",
                "/api/v1/regions/32.73/opds Bearer token-of-region-admin",
                "/api/v1/regions/32.73/opds Bearer token-of-region-admin",
                "/api/v1/recipients Bearer token-of-region-admin",
                // PTSP has a demo operator of its own; Diskominfo and the Inspektorat are registered by the region
                "/api/v1/innovations Bearer token-of-opd-ptsp",
                "/api/v1/innovations Bearer token-of-region-admin",
                "/api/v1/innovations Bearer token-of-region-admin");
    }

    @Test
    void noTokenStopsTheLoadNamingTheItem() {
        DemoData demo = DemoData.load();

        assertThatThrownBy(() -> demo.apply(urls(), client -> {
            throw new IllegalStateException("No token for " + client.id() + ": answered 401");
        }))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("region 32 Provinsi Jawa Barat")
                .hasMessageContaining("No token for province-admin: answered 401");
        assertThat(received).isEmpty();
    }

    @Test
    void aStackOfOneServiceGetsOnlyItsItems() {
        loadDemo(DemoData.load().only(PantauService.INNOVATION));

        assertThat(received).hasSize(8).allSatisfy(r -> assertThat(r.service).isEqualTo("innovation"));
    }

    @Test
    void everyItemHasItsOwnStableIdempotencyKey() {
        loadDemo(DemoData.load());

        assertThat(received).extracting(r -> r.idempotencyKey).containsExactly(
                "demo-region-32",
                "demo-region-32.73",
                "demo-opd-32.73-2.18.0.00.0.00.01.0000",
                "demo-opd-32.73-2.16.2.20.2.21.01.0000",
                "demo-opd-32.73-6.01.0.00.0.00.01.0000",
                "demo-recipient-32.73-inspektorat@bandung.go.id",
                "demo-innovation-aplikasi-layanan-perizinan-online",
                "demo-innovation-integrasi-data-opd",
                "demo-innovation-sistem-pengaduan-terintegrasi");
    }

    @Test
    void bodiesAreTheActionPlanOfKotaBandung() {
        loadDemo(DemoData.load());

        JsonNode city = JSON.readTree(received.get(1).body);
        assertThat(city.get("code").asString()).isEqualTo("32.73");
        assertThat(city.get("level").asString()).isEqualTo("CITY");
        assertThat(city.get("parentCode").asString()).isEqualTo("32");
        List<JsonNode> innovations = received.subList(6, 9).stream().map(r -> JSON.readTree(r.body)).toList();
        assertThat(innovations).extracting(i -> i.get("opdCode").asString() + " " + i.get("targetDuration").asString()
                + " " + i.get("indicators").get(0).get("kind").asString()).containsExactly(
                "2.18.0.00.0.00.01.0000 P6M TREND",
                "2.16.2.20.2.21.01.0000 P1Y MILESTONE",
                "6.01.0.00.0.00.01.0000 P6M BOUND");
        JsonNode serviceTime = innovations.get(0).get("indicators").get(0);
        assertThat(serviceTime.get("baseline").asInt()).isEqualTo(10);
        assertThat(serviceTime.get("target").asInt()).isEqualTo(5);
    }

    @Test
    void loadingAgainCountsAlreadyExistingItemsAsSuccess() {
        DemoData demo = DemoData.load();
        loadDemo(demo);

        List<DemoResult> second = loadDemo(demo);

        assertThat(second).extracting(DemoResult::status).containsOnly(409);
        assertThat(second).noneMatch(DemoResult::created);
        assertThat(DemoData.summary(second))
                .startsWith("Demo data, through the APIs: 0 created, 9 already there")
                .contains("already there  region 32.73 Kota Bandung");
    }

    @Test
    void replayedCreationCountsAsAlreadyThere() {
        DemoData demo = DemoData.load();
        loadDemo(demo);
        innovation.replayInsteadOfConflict();

        List<DemoResult> second = loadDemo(demo);

        assertThat(second).filteredOn(r -> r.request().service() == PantauService.INNOVATION)
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(201);
                    assertThat(r.replayed()).isTrue();
                    assertThat(r.created()).isFalse();
                });
    }

    @Test
    void refusalStopsTheLoadWithTheServicesAnswer() {
        innovation.refuse("/api/v1/innovations", 400, "{\"title\":\"Bad Request\",\"detail\":\"unknown OPD\"}");

        assertThatThrownBy(() -> loadDemo(DemoData.load()))
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("Aplikasi layanan perizinan online")
                .hasMessageContaining("as opd-ptsp answered 400")
                .hasMessageContaining("unknown OPD");
    }

    @Test
    void unavailableServiceIsAskedAgainWithTheSameKey() {
        notification.unavailableOnce();

        List<DemoResult> results = loadDemo(DemoData.load());

        assertThat(results).extracting(DemoResult::status).containsOnly(201);
        assertThat(received).filteredOn(r -> r.service.equals("notification"))
                .extracting(r -> r.idempotencyKey)
                .containsExactly("demo-recipient-32.73-inspektorat@bandung.go.id",
                        "demo-recipient-32.73-inspektorat@bandung.go.id");
    }

    private record Received(String service, String method, String path, String authorization, String idempotencyKey,
                            String contentType, String body) {
    }

    /**
     * Answers 201 the first time a key is seen; after that 409, like a service whose item already exists, or a
     * replayed 201, like a service that keeps the first answer per Idempotency-Key.
     */
    private final class FakeService {
        private final String name;
        private final Set<String> keys = ConcurrentHashMap.newKeySet();
        private HttpServer server;
        private String refusedPath;
        private int refusalStatus;
        private String refusalBody;
        private volatile boolean unavailableOnce;
        private volatile boolean replay;

        FakeService(String name) {
            this.name = name;
        }

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        void stop() {
            server.stop(0);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void refuse(String path, int status, String body) {
            refusedPath = path;
            refusalStatus = status;
            refusalBody = body;
        }

        void unavailableOnce() {
            unavailableOnce = true;
        }

        void replayInsteadOfConflict() {
            replay = true;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(name, exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Authorization"), key,
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (unavailableOnce) {
                unavailableOnce = false;
                respond(exchange, 503, "{}");
            } else if (path.equals(refusedPath)) {
                respond(exchange, refusalStatus, refusalBody);
            } else if (keys.add(key)) {
                respond(exchange, 201, "{}");
            } else if (replay) {
                exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
                respond(exchange, 201, "{}");
            } else {
                respond(exchange, 409, "{}");
            }
        }

        private void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
