package id.pantau.testing;

import id.pantau.events.PantauJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A plain HTTP client for tests that drive a service through its public API as any client would: JSON in,
 * status, headers and JSON out, no Spring in between.
 */
public final class ApiClient {

    /** A response; {@code json} is null when the body is empty or not JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, String body, JsonNode json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A client that sends this header with every request (e.g. Authorization, Accept-Language). */
    public ApiClient withHeader(String name, String value) {
        ApiClient copy = new ApiClient(baseUrl);
        copy.defaultHeaders.putAll(defaultHeaders);
        copy.defaultHeaders.put(name, value);
        return copy;
    }

    /** A client that calls as this caller, with a token from the tests' {@link TestIssuer}. */
    public ApiClient as(TestCaller caller) {
        return withToken(TestIssuer.get().token(caller));
    }

    /** A client that sends this bearer token with every request. */
    public ApiClient withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** POSTs a body: a String is sent as is, anything else as JSON. */
    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(bodyOf(body)));
    }

    public Response put(String path, Object body, String... headers) {
        return send(request(path, headers).PUT(bodyOf(body)));
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    /** Any method; a null body sends none. */
    public Response send(String method, String path, Object body, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : bodyOf(body);
        return send(request(path, headers).method(method, publisher));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        defaultHeaders.forEach(builder::setHeader);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        String text = body instanceof String string ? string : PantauJson.mapper().writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = null;
            if (body != null && !body.isBlank() && response.headers().firstValue("Content-Type")
                    .map(type -> type.contains("json")).orElse(false)) {
                json = PantauJson.mapper().readTree(body);
            }
            return new Response(response.statusCode(), response.headers(), body, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
