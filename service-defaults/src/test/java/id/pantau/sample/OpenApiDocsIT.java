package id.pantau.sample;

import id.pantau.testing.ApiClient;
import id.pantau.testing.UseEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code pantau.security.open-api-docs=true}: the OpenAPI document and Swagger UI open, nothing else. */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pantau.security.open-api-docs=true")
class OpenApiDocsIT {

    @LocalServerPort
    int port;

    @Test
    void theApiDocsAnswerWithoutATokenWhilePrometheusAndTheApiStayClosed() {
        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port);

        ApiClient.Response docs = anonymous.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").has("/api/v1/samples")).isTrue();
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus", "Accept", "text/plain").status()).isEqualTo(401);
        assertProblem(anonymous.get("/api/v1/samples/x"), 401, "unauthenticated");
    }
}
