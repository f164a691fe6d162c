package id.pantau.notification.delivery;

import id.pantau.notification.alert.Notice;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message of one notice to one recipient, and the record of its delivery attempts. The id is
 * notice/recipient, so planning a notice twice (after a crash) plans each message once. The text is fixed
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

    static Delivery planned(String alertId, Notice notice, String recipientId, String email, MailMessage mail,
                            Instant now) {
        return new Delivery(notice.id() + "/" + recipientId, alertId, notice.id(), notice.kind(), recipientId, email,
                mail.subject(), mail.body(), DeliveryStatus.PENDING, 0, null, now, null, null, now, null);
    }

    /** The message the recipient would have received, kept on record but never sent: a silence holds it back. */
    static Delivery silenced(String alertId, Notice notice, String recipientId, String email, MailMessage mail,
                             String silenceId, Instant now) {
        return new Delivery(notice.id() + "/" + recipientId, alertId, notice.id(), notice.kind(), recipientId, email,
                mail.subject(), mail.body(), DeliveryStatus.SILENCED, 0, null, now, null, null, null, silenceId);
    }
}
