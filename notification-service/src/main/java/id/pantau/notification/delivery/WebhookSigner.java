package id.pantau.notification.delivery;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.time.Instant;

/**
 * Signs a webhook message per the Standard Webhooks spec with the library that implements it: HMAC-SHA256 over
 * {@code id.timestamp.body} with the recipient's {@code whsec_} secret, written as {@code v1,<base64>}.
 */
final class WebhookSigner {

    private WebhookSigner() {
    }

    static String signature(String secret, String messageId, Instant timestamp, String body) {
        try {
            return new Webhook(secret).sign(messageId, timestamp.getEpochSecond(), body);
        } catch (WebhookSigningException | EmptyWebhookSecretException e) {
            throw new IllegalStateException("cannot sign webhook " + messageId, e);
        }
    }
}
