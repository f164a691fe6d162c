package id.pantau.notification.delivery;

import id.pantau.notification.alert.Notice;
import java.time.Instant;

/**
 * A delivery as the API shows it: to which recipient (by id), what happened and when; not the address or text.
 * A notice kept for a digest is {@code FOR_DIGEST}, then {@code IN_DIGEST} with the digest's delivery id.
 */
public record DeliveryView(String id, Notice.Kind kind, String recipientId, DeliveryStatus status, int attempts,
                           String error, Instant createdAt, Instant lastAttemptAt, Instant sentAt,
                           Instant nextAttemptAt, String silenceId, String digestId) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.kind(), delivery.recipientId(), delivery.status(),
                delivery.attempts(), delivery.error(), delivery.createdAt(), delivery.lastAttemptAt(),
                delivery.sentAt(), delivery.nextAttemptAt(), delivery.silenceId(),
                delivery.digestId());
    }
}
