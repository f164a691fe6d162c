package id.pantau.notification.delivery;

import id.pantau.events.RegionCode;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.RecipientRole;
import id.pantau.notification.recipient.Recipients;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who is told of a notice. An escalation goes to the level the alert reached: 2 the inspectorate of its
 * kabupaten/kota, 3 the provincial inspectorate (role {@code PROVINCE} of its province). Every other notice goes
 * to the region's inspectorate, and a "back on track" notice also to each level the alert had reached.
 */
@Component
class NoticeRouting {

    private final Recipients recipients;

    NoticeRouting(Recipients recipients) {
        this.recipients = recipients;
    }

    List<Recipient> recipientsOf(Alert alert, Notice notice) {
        Map<String, Recipient> chosen = new LinkedHashMap<>();
        if (notice.kind() != Notice.Kind.ESCALATED) {
            add(chosen, recipients.activeInRegion(alert.regionCode(), RecipientRole.INSPECTORATE));
        }
        if (notice.kind() == Notice.Kind.ESCALATED) {
            add(chosen, ofLevel(alert, alert.level()));
        } else if (notice.kind() == Notice.Kind.RECOVERED) {
            for (int level = 2; level <= alert.level(); level++) {
                add(chosen, ofLevel(alert, level));
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private List<Recipient> ofLevel(Alert alert, int level) {
        return switch (level) {
            case 1 -> alert.opdCode() == null ? List.of() : recipients
                    .activeInRegion(alert.regionCode(), RecipientRole.OPD_HEAD).stream()
                    .filter(head -> alert.opdCode().equals(head.opdCode())).toList();
            case 2 -> recipients.activeInRegion(alert.regionCode(), RecipientRole.INSPECTORATE);
            default -> recipients.activeInRegion(new RegionCode(alert.regionCode()).province().value(),
                    RecipientRole.PROVINCE);
        };
    }

    private static void add(Map<String, Recipient> chosen, List<Recipient> more) {
        more.forEach(recipient -> chosen.putIfAbsent(recipient.id(), recipient));
    }
}
