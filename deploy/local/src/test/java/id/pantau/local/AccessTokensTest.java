package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    /** Token endpoint that issues {@code <client>-<n>} valid 300 s, and refuses a wrong secret with 401. */
    private HttpServer tokenEndpoint;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final MutableClock clock = new MutableClock(START);

    @BeforeEach
    void start() throws IOException {
        tokenEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tokenEndpoint.createContext("/oauth2/token", this::issue);
        tokenEndpoint.start();
    }

    @AfterEach
    void stop() {
        tokenEndpoint.stop(0);
    }

    private AccessTokens tokens() {
        return new AccessTokens("http://127.0.0.1:" + tokenEndpoint.getAddress().getPort() + "/oauth2/token", clock);
    }

    @Test
    void asksWithTheClientCredentialsGrantAndTheDemoSecret() {
        String token = tokens().token(DemoClient.OPD_PTSP);

        assertThat(token).isEqualTo("opd-ptsp-1");
        assertThat(asked).containsExactly("POST opd-ptsp:demo-secret grant_type=client_credentials");
    }

    @Test
    void keepsEachClientsTokenUntilShortlyBeforeItExpires() {
        AccessTokens tokens = tokens();
        assertThat(tokens.token(DemoClient.REGION_ADMIN)).isEqualTo("region-admin-1");
        assertThat(tokens.token(DemoClient.PROVINCE_ADMIN)).isEqualTo("province-admin-2");

        clock.advance(Duration.ofSeconds(300).minus(AccessTokens.EXPIRY_MARGIN).minusSeconds(1));
        assertThat(tokens.token(DemoClient.REGION_ADMIN)).isEqualTo("region-admin-1");
        assertThat(tokens.token(DemoClient.PROVINCE_ADMIN)).isEqualTo("province-admin-2");

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token(DemoClient.REGION_ADMIN)).isEqualTo("region-admin-3");
        assertThat(asked).hasSize(3);
    }

    @Test
    void aRefusedClientIsAnErrorWithTheServersAnswer() {
        assertThatThrownBy(() -> tokens().token("opd-ptsp", "wrong"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No token for opd-ptsp")
                .hasMessageContaining("401")
                .hasMessageContaining("invalid_client");
    }

    @Test
    void anUnreachableTokenEndpointIsAnError() {
        tokenEndpoint.stop(0);

        assertThatThrownBy(() -> tokens().token(DemoClient.VIEWER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No token for viewer");
    }

    private void issue(HttpExchange exchange) throws IOException {
        String basic = exchange.getRequestHeaders().getFirst("Authorization").substring("Basic ".length());
        String credentials = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8);
        asked.add(exchange.getRequestMethod() + " " + credentials + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String client = credentials.substring(0, credentials.indexOf(':'));
        if (!credentials.endsWith(":demo-secret")) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        respond(exchange, 200, "{\"access_token\":\"" + client + "-" + issued.incrementAndGet()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
