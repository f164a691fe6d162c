package id.pantau.notification.recipient;

import id.pantau.events.Severity;
import java.time.Instant;

/**
 * A recipient as the API shows it; removed recipients are not shown at all. The webhook secret appears only in
 * the answer that creates the recipient: whoever set up the receiving end must keep it then.
 */
public record RecipientView(String id, String regionCode, String name, Channel channel, String email, String url,
                            String telegramChatId, String webhookSecret, RecipientRole role, String opdCode, Severity minSeverity,
                            Instant createdAt) {

    static RecipientView of(Recipient recipient) {
        return new RecipientView(recipient.id(), recipient.regionCode(), recipient.name(), recipient.channel(),
                recipient.email(), recipient.url(), recipient.telegramChatId(), null, recipient.role(), recipient.opdCode(),
                recipient.minSeverity(), recipient.createdAt());
    }

    static RecipientView created(Recipient recipient) {
        RecipientView view = of(recipient);
        return new RecipientView(view.id(), view.regionCode(), view.name(), view.channel(), view.email(), view.url(),
                view.telegramChatId(), recipient.webhookSecret(), view.role(), view.opdCode(), view.minSeverity(), view.createdAt());
    }
}
