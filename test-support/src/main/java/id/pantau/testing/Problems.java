package id.pantau.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service answers when it refuses: RFC 9457 problem+json with its status and stable problem code. */
public final class Problems {

    private Problems() {
    }

    /** Asserts the status, the problem+json content type and the {@code code}; failures show the whole body. */
    public static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).as(response.body()).isEqualTo(code);
    }
}
