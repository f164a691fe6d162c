package id.pantau.benchmark;

import id.pantau.events.PantauJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Sends batches to monitoring-service's HTTP API with a bearer token, the way an OPD's system does. */
final class MeasurementClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI batchUri;
    private final String serviceUrl;
    private final Supplier<String> token;

    MeasurementClient(String serviceUrl, Supplier<String> token) {
        this.batchUri = URI.create(serviceUrl + "/api/v1/measurements/batch");
        this.serviceUrl = serviceUrl;
        this.token = token;
    }

    /** What the service answered to one batch: the ids of the accepted rows, and the first refusal if any. */
    record BatchResult(List<String> acceptedIds, List<String> acceptedIndicators, int refused, String firstRefusal) {
    }

    BatchResult send(List<BatchRow> rows) {
        HttpRequest request = HttpRequest.newBuilder(batchUri)
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(PantauJson.mapper().writeValueAsBytes(rows)))
                .build();
        HttpResponse<byte[]> response = call(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("batch answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonNode receipt = PantauJson.mapper().readTree(response.body());
        List<String> ids = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        int refused = 0;
        String firstRefusal = null;
        for (JsonNode row : receipt.get("rows")) {
            if ("ACCEPTED".equals(row.get("outcome").asString())) {
                ids.add(row.get("measurementId").asString());
                indicators.add(row.get("indicatorId").asString());
            } else {
                refused++;
                if (firstRefusal == null) {
                    firstRefusal = row.toString();
                }
            }
        }
        return new BatchResult(ids, indicators, refused, firstRefusal);
    }

    /** Whether the service's read model holds the indicator yet (its status answers 200 rather than 404). */
    boolean knows(String indicatorId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/api/v1/indicators/" + indicatorId
                        + "/status")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.get()).GET().build();
        int status = call(request).statusCode();
        if (status != 200 && status != 404) {
            throw new IllegalStateException("indicator status answered " + status);
        }
        return status == 200;
    }

    private HttpResponse<byte[]> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
