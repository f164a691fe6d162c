package id.pantau.notification.recipient;

import java.security.SecureRandom;
import java.util.Base64;

/** Webhook signing secrets as Standard Webhooks writes them: {@code whsec_} and 32 random bytes in base64. */
final class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
