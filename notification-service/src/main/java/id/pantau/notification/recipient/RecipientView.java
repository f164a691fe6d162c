package id.pantau.notification.recipient;

import id.pantau.events.Severity;
import java.time.Instant;

/** A recipient as the API shows it; removed recipients are not shown at all. */
public record RecipientView(String id, String regionCode, String name, String email, RecipientRole role,
                            String opdCode, Severity minSeverity, Instant createdAt) {

    static RecipientView of(Recipient recipient) {
        return new RecipientView(recipient.id(), recipient.regionCode(), recipient.name(), recipient.email(),
                recipient.role(), recipient.opdCode(), recipient.minSeverity(), recipient.createdAt());
    }
}
