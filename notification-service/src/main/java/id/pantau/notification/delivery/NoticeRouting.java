package id.pantau.notification.delivery;

import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.RecipientRole;
import id.pantau.notification.recipient.Recipients;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who is told of a notice: for now the active inspectorate of the alert's region, whatever the notice.
 * Routing rules and escalation to other roles will decide here.
 */
@Component
class NoticeRouting {

    private final Recipients recipients;

    NoticeRouting(Recipients recipients) {
        this.recipients = recipients;
    }

    List<Recipient> recipientsOf(Alert alert, Notice notice) {
        return recipients.activeInRegion(alert.regionCode(), RecipientRole.INSPECTORATE);
    }
}
