package id.pantau.innovation;

import id.pantau.testing.ApiClient;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document shows an example of every request body and main response of the register. Configured as
 * {@link AuthorizationMatrixIT}, so that both run in one application context.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.stream.bindings.innovation-events.destination=matrix.innovation-events")
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void theImportAndTheRegistrationCarryTheirExamples() {
        JsonNode paths = document().get("paths");

        JsonNode register = paths.at("/~1api~1v1~1innovations/post");
        assertThat(register.at("/requestBody/content/application~1json/example/opdCode").asString())
                .isEqualTo("2.18.0.00.0.00.01.0000");
        assertThat(register.at("/requestBody/content/application~1json/example/indicators/0/kind").asString())
                .isEqualTo("TREND");
        assertThat(exampleOf(successContent(register)).at("/indicators/0/evidenceRequired").isBoolean()).isTrue();

        JsonNode imports = paths.at("/~1api~1v1~1innovations~1import/post");
        assertThat(imports.at("/requestBody/content/text~1csv/examples/seed/value").asString())
                .startsWith("No;Permasalahan;Inovasi yang Direncanakan;OPD Penanggung Jawab;Target Waktu;"
                        + "Indikator Keberhasilan");
        assertThat(imports.at("/requestBody/content").has(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isTrue();
        assertThat(imports.at("/responses/200/content/application~1json/examples/report/value/rows/0/status")
                .asString()).isEqualTo("CREATED");
    }

    @Test
    void everyRequestBodyAndSuccessfulAnswerOfTheRegisterHasAnExample() {
        JsonNode paths = document().get("paths");
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/audit")
                    || path.equals("/api/v1/innovations/import/template")
                    || path.equals("/api/v1/innovations/import/sample")) {
                continue;
            }
            for (String method : paths.get(path).propertyNames()) {
                JsonNode operation = paths.get(path).get(method);
                String name = method.toUpperCase() + " " + path;
                checked.add(name);
                if (operation.has("requestBody") && exampleOf(operation.at("/requestBody/content")).isMissingNode()) {
                    missing.add(name + " request");
                }
                JsonNode answer = successContent(operation);
                if (!answer.isMissingNode() && exampleOf(answer).isMissingNode()) {
                    missing.add(name + " answer");
                }
            }
        }

        assertThat(checked).hasSizeGreaterThanOrEqualTo(20).contains("PATCH /api/v1/opds/{id}",
                "POST /api/v1/innovations/import", "POST /api/v1/regions/{code}/deactivate");
        assertThat(missing).isEmpty();
    }

    /** The example of the first media type that has one (as {@code example} or the first of {@code examples}). */
    private static JsonNode exampleOf(JsonNode content) {
        for (String type : content.propertyNames()) {
            JsonNode media = content.get(type);
            if (media.has("example")) {
                return media.get("example");
            }
            if (media.has("examples") && !media.get("examples").isEmpty()) {
                JsonNode examples = media.get("examples");
                return examples.get(examples.propertyNames().iterator().next()).get("value");
            }
        }
        return MissingNode.getInstance();
    }

    /** The content of the operation's first successful answer. */
    private static JsonNode successContent(JsonNode operation) {
        for (String status : operation.get("responses").propertyNames()) {
            if (status.startsWith("2")) {
                return operation.at("/responses/" + status + "/content");
            }
        }
        return MissingNode.getInstance();
    }

    private JsonNode document() {
        ApiClient.Response response = new ApiClient("http://127.0.0.1:" + port).as(TestCaller.provinceAdmin("32"))
                .get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
