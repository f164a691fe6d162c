package id.pantau.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for a Pantau service in {@link LocalStackServicesIT}, packaged by that test as the service's jar. Uses
 * only the JDK, so that the jar is this one class. Configured like the real services, by environment: it listens
 * on SERVER_PORT, answers readiness (and, standing in for the authorization server, its OpenID configuration and a
 * token {@code fake-token-of-<client>} at {@code /oauth2/token}), shows its environment at {@code GET /env}, and
 * answers creates 201 the first time an Idempotency-Key is seen and 409 after, logging the bearer token they came
 * with. {@code FAKE_SERVICE_FAIL=true} makes it exit at once.
 */
public final class FakeService {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws IOException {
        if (Boolean.parseBoolean(System.getenv("FAKE_SERVICE_FAIL"))) {
            System.out.println("fake service: failing on purpose");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", new FakeService()::handle);
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/actuator/health/readiness")) {
            respond(exchange, 200, "{\"status\":\"UP\"}");
        } else if (path.equals("/.well-known/openid-configuration")) {
            respond(exchange, 200, "{\"issuer\":\"http://127.0.0.1:" + System.getenv("SERVER_PORT") + "\"}");
        } else if (path.equals("/env")) {
            StringBuilder body = new StringBuilder();
            new TreeMap<>(System.getenv()).forEach((name, value) -> body.append(name).append('=').append(value).append('\n'));
            respond(exchange, 200, body.toString());
        } else if (path.equals("/oauth2/token")) {
            String basic = exchange.getRequestHeaders().getFirst("Authorization").substring("Basic ".length());
            String client = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8).split(":")[0];
            respond(exchange, 200, "{\"access_token\":\"fake-token-of-" + client
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        } else if (exchange.getRequestMethod().equals("POST")) {
            exchange.getRequestBody().readAllBytes();
            boolean first = keys.add(path + " " + exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            System.out.println("fake service: POST " + path + (first ? " created" : " exists") + " ("
                    + exchange.getRequestHeaders().getFirst("Authorization") + ")");
            respond(exchange, first ? 201 : 409, "{}");
        } else {
            respond(exchange, 404, "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> parseEnv(String text) {
        Map<String, String> environment = new TreeMap<>();
        text.lines().filter(line -> line.contains("="))
                .forEach(line -> environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return environment;
    }
}
