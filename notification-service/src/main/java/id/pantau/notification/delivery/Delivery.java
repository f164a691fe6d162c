package id.pantau.notification.delivery;

import id.pantau.events.ReportDueSoon;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.recipient.Channel;
import id.pantau.notification.recipient.Recipient;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message of one notice to one recipient, by email, webhook or Telegram, and the record of its delivery
 * attempts; or one recipient's daily digest; or a notice kept for that digest ({@code FOR_DIGEST}, then
 * {@code IN_DIGEST} with the digest's id once a digest lists it).
 * The id is notice/recipient (and a webhook's {@code webhook-id}), so planning a notice twice (after a crash) plans each message once. The text is fixed
 * when planned: a retry sends what the first attempt would have, and the record shows what was sent. A notice
 * that a silence holds back is recorded all the same, as SILENCED.
 * <p>
 * Each delivery carries the region (and OPD, where one is known) it is about: the alert's, or for a digest or a
 * test the recipient's, or for a reminder the report's, so that reads are scoped like every other document.
 * Deliveries planned before these fields existed carry neither; they are read through their alert's scope.
 */
@Document("deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
public record Delivery(
        @Id String id,
        @Indexed String alertId,
        String regionCode,
        String opdCode,
        String noticeId,
        Notice.Kind kind,
        String recipientId,
        Channel channel,
        String recipient,
        String subject,
        String body,
        String html,
        DeliveryStatus status,
        int attempts,
        String error,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant sentAt,
        Instant nextAttemptAt,
        String silenceId,
        String digestId) {

    /**
     * @param message   for a webhook, the subject is the event type and the body the JSON payload
     * @param notBefore when the first attempt may be made: now, or the region's next office opening
     */
    static Delivery planned(Alert alert, Notice notice, Recipient recipient, Message message, Instant now,
                            Instant notBefore) {
        return new Delivery(notice.id() + "/" + recipient.id(), alert.id(), alert.regionCode(), alert.opdCode(),
                notice.id(), notice.kind(), recipient.id(), recipient.channel(), recipient.address(),
                message.subject(), message.body(), message.html(),
                DeliveryStatus.PENDING, 0, null, now, null, null, notBefore, null, null);
    }

    /** The message the recipient would have received, kept on record but never sent: a silence holds it back. */
    static Delivery silenced(Alert alert, Notice notice, Recipient recipient, Message message,
                             String silenceId, Instant now) {
        return new Delivery(notice.id() + "/" + recipient.id(), alert.id(), alert.regionCode(), alert.opdCode(),
                notice.id(), notice.kind(), recipient.id(), recipient.channel(), recipient.address(),
                message.subject(), message.body(), message.html(),
                DeliveryStatus.SILENCED, 0, null, now, null, null, null, silenceId, null);
    }

    /** A notice kept for the recipient's next digest, which lists it; it is never sent on its own. */
    static Delivery forDigest(Alert alert, Notice notice, Recipient recipient, Instant now) {
        return new Delivery(notice.id() + "/" + recipient.id() + "/digest", alert.id(), alert.regionCode(),
                alert.opdCode(), notice.id(), notice.kind(), recipient.id(), recipient.channel(), recipient.address(),
                null, null, null, DeliveryStatus.FOR_DIGEST, 0, null, now, null, null, null, null, null);
    }

    /**
     * A recipient's digest of one working day: its id is the recipient's and the day's, so the day's digest is
     * planned once, whichever replica gets there first and however often it is built.
     */
    static Delivery digest(String id, Recipient recipient, Message message, Instant now, Instant notBefore) {
        return new Delivery(id, null, recipient.regionCode(), recipient.opdCode(), null, null, recipient.id(),
                recipient.channel(), recipient.address(), message.subject(), message.body(), message.html(),
                DeliveryStatus.PENDING, 0, null, now, null, null, notBefore, null, null);
    }

    /** A test message a person asked for: about no alert, tried once. */
    static Delivery test(Recipient recipient, Message message, Instant now) {
        return new Delivery("test-" + java.util.UUID.randomUUID() + "/" + recipient.id(), null,
                recipient.regionCode(), recipient.opdCode(), null, null, recipient.id(), recipient.channel(),
                recipient.address(), message.subject(), message.body(), message.html(), DeliveryStatus.PENDING, 0,
                null, now, null, null, null, null, null);
    }

    /** A reminder to an OPD about its own report: about no alert; its id is the event's and the recipient's. */
    static Delivery reminder(String eventId, ReportDueSoon due, Recipient recipient, Message message, Instant now,
                             Instant notBefore) {
        return new Delivery("reminder-" + eventId + "/" + recipient.id(), null, due.regionCode(), due.opdCode(),
                null, null, recipient.id(), recipient.channel(), recipient.address(), message.subject(),
                message.body(), message.html(),
                DeliveryStatus.PENDING, 0, null, now, null, null, notBefore, null, null);
    }

    /** Deliveries planned before webhooks existed carry no channel: they are emails. */
    public Channel channelOrEmail() {
        return channel == null ? Channel.EMAIL : channel;
    }
}
