package id.pantau.sample;

import id.pantau.testing.ApiClient;
import id.pantau.testing.UseEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code pantau.security.open-prometheus=true}, for a scraper on a private network: that endpoint alone opens. */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pantau.security.open-prometheus=true")
class OpenPrometheusIT {

    @LocalServerPort
    int port;

    @Test
    void prometheusAnswersWithoutATokenWhileTheApiDocsAndTheApiStayClosed() {
        ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port);

        ApiClient.Response scraped = anonymous.get("/actuator/prometheus", "Accept", "text/plain");
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertProblem(anonymous.get("/v3/api-docs"), 401, "unauthenticated");
        assertProblem(anonymous.get("/actuator/metrics"), 401, "unauthenticated");
        assertProblem(anonymous.get("/api/v1/samples/x"), 401, "unauthenticated");
    }
}
