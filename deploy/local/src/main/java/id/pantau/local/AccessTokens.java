package id.pantau.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the demo clients, from a token endpoint by the client-credentials grant (as an OPD's own system
 * gets them), each kept until shortly before it expires so that a long demo load or test asks once per client.
 */
public final class AccessTokens {

    /* A token must still be valid when the request that carries it arrives, and the clocks may differ a little. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI tokenUrl;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private record Token(String value, Instant renewAt) {
    }

    public AccessTokens(String tokenUrl) {
        this(tokenUrl, Clock.systemUTC());
    }

    AccessTokens(String tokenUrl, Clock clock) {
        this.tokenUrl = URI.create(tokenUrl);
        this.clock = clock;
    }

    /** A valid token of a demo client (secret {@value DemoClient#SECRET}). */
    public String token(DemoClient client) {
        return token(client.id(), DemoClient.SECRET);
    }

    /**
     * A valid token of this client, from the cache or fetched anew.
     *
     * @throws IllegalStateException when the token endpoint refuses the client or cannot be reached
     */
    public String token(String clientId, String secret) {
        Token cached = tokens.get(clientId);
        if (cached != null && clock.instant().isBefore(cached.renewAt())) {
            return cached.value();
        }
        Token fresh = fetch(clientId, secret);
        tokens.put(clientId, fresh);
        return fresh.value();
    }

    private Token fetch(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        Instant asked = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No token for " + clientId + " from " + tokenUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting a token for " + clientId, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientId + " from " + tokenUrl + ": answered "
                    + response.statusCode() + " " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        String value = body.path("access_token").asString("");
        if (value.isEmpty()) {
            throw new IllegalStateException("No access_token for " + clientId + " in " + response.body());
        }
        // counted from when it was asked for, so the time the answer took is on the safe side
        Instant expires = asked.plusSeconds(body.path("expires_in").asLong(0));
        return new Token(value, expires.minus(EXPIRY_MARGIN));
    }
}
