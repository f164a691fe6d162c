package id.pantau.notification.delivery;

import id.pantau.notification.alert.Notice;
import id.pantau.notification.recipient.Channel;
import id.pantau.notification.recipient.Recipient;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message of one notice to one recipient, by email or webhook, and the record of its delivery attempts.
 * The id is notice/recipient (and a webhook's {@code webhook-id}), so planning a notice twice (after a crash) plans each message once. The text is fixed
 * when planned: a retry sends what the first attempt would have, and the record shows what was sent. A notice
 * that a silence holds back is recorded all the same, as SILENCED.
 */
@Document("deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
public record Delivery(
        @Id String id,
        @Indexed String alertId,
        String noticeId,
        Notice.Kind kind,
        String recipientId,
        Channel channel,
        String recipient,
        String subject,
        String body,
        DeliveryStatus status,
        int attempts,
        String error,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        Instant nextAttemptAt,
        String silenceId) {

    /** @param message for a webhook, the subject is the event type and the body the JSON payload */
    static Delivery planned(String alertId, Notice notice, Recipient recipient, Message message, Instant now) {
        return new Delivery(notice.id() + "/" + recipient.id(), alertId, notice.id(), notice.kind(), recipient.id(),
                recipient.channel(), recipient.address(), message.subject(), message.body(), DeliveryStatus.PENDING, 0,
                null, now, null, null, now, null);
    }

    /** The message the recipient would have received, kept on record but never sent: a silence holds it back. */
    static Delivery silenced(String alertId, Notice notice, Recipient recipient, Message message,
                             String silenceId, Instant now) {
        return new Delivery(notice.id() + "/" + recipient.id(), alertId, notice.id(), notice.kind(), recipient.id(),
                recipient.channel(), recipient.address(), message.subject(), message.body(), DeliveryStatus.SILENCED,
                0, null, now, null, null, null, silenceId);
    }

    /** A test message a person asked for: about no alert, tried once. */
    static Delivery test(Recipient recipient, Message message, Instant now) {
        return new Delivery("test-" + java.util.UUID.randomUUID() + "/" + recipient.id(), null, null, null,
                recipient.id(), recipient.channel(), recipient.address(), message.subject(), message.body(),
                DeliveryStatus.PENDING, 0, null, now, null, null, null, null);
    }

    /** A reminder to an OPD about its own report: about no alert; its id is the event's and the recipient's. */
    static Delivery reminder(String eventId, Recipient recipient, Message message, Instant now) {
        return new Delivery("reminder-" + eventId + "/" + recipient.id(), null, null, null, recipient.id(),
                recipient.channel(), recipient.address(), message.subject(), message.body(), DeliveryStatus.PENDING, 0,
                null, now, null, null, now, null);
    }

    /** Deliveries planned before webhooks existed carry no channel: they are emails. */
    public Channel channelOrEmail() {
        return channel == null ? Channel.EMAIL : channel;
    }
}
