package id.pantau.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data — the region, its OPDs, the inspectorate as alert recipient and the three action-plan rows — loaded
 * through the services' public HTTP APIs, never into their databases, each call with a token of the demo client
 * whose role and region allow it. The bodies come only from the JSON files in {@code demo/} on the classpath, which
 * the system tests reuse. Every create carries a stable Idempotency-Key and counts 409 (already there) as success,
 * so loading twice changes nothing.
 */
public final class DemoData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTEMPTS = 10;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final List<DemoRequest> requests;
    private final HttpClient http = HttpClient.newBuilder()
            // plain HTTP/1.1: the JDK client's h2c upgrade attempt is of no use against a local service
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private DemoData(List<DemoRequest> requests) {
        this.requests = List.copyOf(requests);
    }

    /**
     * Reads the demo files, in the order the items depend on each other, each sent by a demo client allowed to
     * create it: regions by the province admin, a region's OPDs and recipients by its admin, an innovation by its
     * OPD's operator where the demo has one (else by the region's admin).
     */
    public static DemoData load() {
        List<DemoRequest> requests = new ArrayList<>();
        for (JsonNode region : read("regions.json")) {
            String code = text(region, "code");
            requests.add(new DemoRequest(PantauService.INNOVATION, "/api/v1/regions", DemoClient.provinceAdminOf(code),
                    "demo-region-" + code, "region " + code + " " + text(region, "name"),
                    JSON.writeValueAsString(region)));
        }
        for (Map.Entry<String, JsonNode> regionOpds : read("opds.json").properties()) {
            String regionCode = regionOpds.getKey();
            for (JsonNode opd : regionOpds.getValue()) {
                requests.add(new DemoRequest(PantauService.INNOVATION, "/api/v1/regions/" + regionCode + "/opds",
                        DemoClient.adminOf(regionCode), "demo-opd-" + regionCode + "-" + text(opd, "code"),
                        "OPD " + text(opd, "shortName") + " (" + regionCode + ")", JSON.writeValueAsString(opd)));
            }
        }
        for (JsonNode recipient : read("recipients.json")) {
            String regionCode = text(recipient, "regionCode");
            requests.add(new DemoRequest(PantauService.NOTIFICATION, "/api/v1/recipients",
                    DemoClient.adminOf(regionCode), "demo-recipient-" + regionCode + "-" + text(recipient, "email"),
                    "recipient " + text(recipient, "name") + " <" + text(recipient, "email") + ">",
                    JSON.writeValueAsString(recipient)));
        }
        for (JsonNode innovation : read("innovations.json")) {
            requests.add(new DemoRequest(PantauService.INNOVATION, "/api/v1/innovations",
                    DemoClient.writerFor(text(innovation, "regionCode"), text(innovation, "opdCode")),
                    "demo-innovation-" + slug(text(innovation, "title")),
                    "innovation \"" + text(innovation, "title") + "\"", JSON.writeValueAsString(innovation)));
        }
        return new DemoData(requests);
    }

    public List<DemoRequest> requests() {
        return requests;
    }

    /** The items of one service, for a stack that runs only that service. */
    public DemoData only(PantauService service) {
        return new DemoData(requests.stream().filter(request -> request.service() == service).toList());
    }

    /**
     * Sends every request, in order, with a bearer token of its client, retrying while a service is unreachable or
     * answers 5xx (safe: the Idempotency-Key makes a repeat harmless).
     *
     * @param serviceUrl  base URL of each service, e.g. {@code http://127.0.0.1:8081}
     * @param accessToken a valid access token of a demo client, e.g. {@code stack::accessToken}
     * @throws DemoDataException when a service refuses an item, stays unreachable, or no token can be had
     */
    public List<DemoResult> apply(Function<PantauService, String> serviceUrl,
                                  Function<DemoClient, String> accessToken) {
        List<DemoResult> results = new ArrayList<>();
        for (DemoRequest request : requests) {
            results.add(send(request, URI.create(serviceUrl.apply(request.service()) + request.path()), accessToken));
        }
        return results;
    }

    /** One line per item, for the console. */
    public static String summary(List<DemoResult> results) {
        long created = results.stream().filter(DemoResult::created).count();
        StringBuilder text = new StringBuilder("Demo data, through the APIs: " + created + " created, "
                + (results.size() - created) + " already there");
        results.forEach(result -> text.append(System.lineSeparator())
                .append(result.created() ? "  created        " : "  already there  ").append(result.request().label()));
        return text.toString();
    }

    private DemoResult send(DemoRequest request, URI uri, Function<DemoClient, String> accessToken) {
        String lastProblem = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                // asked for at each attempt: a retry after a long wait must not carry an expired token
                HttpRequest httpRequest = HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token(request, accessToken))
                        .header("Idempotency-Key", request.idempotencyKey())
                        .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                        .build();
                HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200 || status == 201 || status == 409) {
                    boolean replayed = response.headers().firstValue("Idempotent-Replayed")
                            .map(Boolean::parseBoolean).orElse(false);
                    return new DemoResult(request, status, replayed, response.body());
                }
                if (status < 500) {
                    throw new DemoDataException("POST " + uri + " for " + request.label() + " as "
                            + request.client().id() + " answered " + status + ": " + response.body());
                }
                lastProblem = "answered " + status + ": " + response.body();
            } catch (IOException e) {
                lastProblem = "failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException("Interrupted while loading " + request.label());
            }
            if (attempt < ATTEMPTS) {
                pause();
            }
        }
        throw new DemoDataException("POST " + uri + " for " + request.label() + " " + lastProblem
                + " (after " + ATTEMPTS + " attempts)");
    }

    private static String token(DemoRequest request, Function<DemoClient, String> accessToken) {
        try {
            return accessToken.apply(request.client());
        } catch (IllegalStateException e) {
            throw new DemoDataException("No token for " + request.label() + ": " + e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException("Interrupted while loading the demo data");
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + file + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.required(field).asString();
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
