package id.pantau.notification.recipient;

import id.pantau.events.Severity;
import java.time.Instant;

/**
 * A recipient as the API shows it; removed recipients are not shown at all. The webhook secret appears only in
 * the answer that creates the recipient: whoever set up the receiving end must keep it then.
 */
public record RecipientView(String id, String regionCode, String name, Channel channel, String email, String url,
                            String telegramChatId, String webhookSecret, RecipientRole role, String opdCode, Severity minSeverity,
                            Language language, DeliveryMode delivery, Severity immediateFor, boolean outsideOfficeHours,
                            Instant createdAt) {

    static RecipientView of(Recipient recipient) {
        return of(recipient, null);
    }

    static RecipientView created(Recipient recipient) {
        return of(recipient, recipient.webhookSecret());
    }

    private static RecipientView of(Recipient recipient, String webhookSecret) {
        Preferences preferences = recipient.preferences();
        return new RecipientView(recipient.id(), recipient.regionCode(), recipient.name(), recipient.channel(),
                recipient.email(), recipient.url(), recipient.telegramChatId(), webhookSecret, recipient.role(),
                recipient.opdCode(), recipient.minSeverity(), preferences.language(), preferences.delivery(),
                preferences.immediateFor(), preferences.outsideOfficeHours(), recipient.createdAt());
    }
}
