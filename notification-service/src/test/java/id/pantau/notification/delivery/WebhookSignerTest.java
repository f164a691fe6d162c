package id.pantau.notification.delivery;

import com.standardwebhooks.Webhook;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Against the test vector of the Standard Webhooks spec (and of its reference libraries). */
class WebhookSignerTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String MESSAGE_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final Instant TIMESTAMP = Instant.ofEpochSecond(1614265330);
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void theSpecsTestVectorSignsToItsExpectedSignature() {
        assertThat(WebhookSigner.signature(SECRET, MESSAGE_ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anotherIdTimestampBodyOrSecretSignsDifferently() {
        String signature = WebhookSigner.signature(SECRET, MESSAGE_ID, TIMESTAMP, BODY);

        assertThat(WebhookSigner.signature(SECRET, "msg_other", TIMESTAMP, BODY)).isNotEqualTo(signature);
        assertThat(WebhookSigner.signature(SECRET, MESSAGE_ID, TIMESTAMP.plusSeconds(1), BODY)).isNotEqualTo(signature);
        assertThat(WebhookSigner.signature(SECRET, MESSAGE_ID, TIMESTAMP, BODY + " ")).isNotEqualTo(signature);
        assertThat(WebhookSigner.signature("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                MESSAGE_ID, TIMESTAMP, BODY)).isNotEqualTo(signature);
    }

    @Test
    void aFreshSignatureIsAcceptedByAStandardVerifier() {
        Instant now = Instant.now();
        String signature = WebhookSigner.signature(SECRET, MESSAGE_ID, now, BODY);
        HttpHeaders headers = HttpHeaders.of(Map.of("webhook-id", List.of(MESSAGE_ID),
                "webhook-timestamp", List.of(String.valueOf(now.getEpochSecond())),
                "webhook-signature", List.of(signature)), (name, value) -> true);

        assertThatNoException().isThrownBy(() -> new Webhook(SECRET).verify(BODY, headers));
    }
}
