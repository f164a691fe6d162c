package id.pantau.notification.delivery;

import id.pantau.events.RegionCode;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.RecipientRole;
import id.pantau.notification.recipient.Recipients;
import id.pantau.notification.routing.Routes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who is told of a notice. An escalation goes to the level the alert reached: 2 the inspectorate of its
 * kabupaten/kota, 3 the provincial inspectorate (role {@code PROVINCE} of its province). Every other notice goes
 * to the roles the region's routing tree names (by default its inspectorate), and a "back on track" notice also
 * to each level the alert had reached. A recipient with a minimum severity is told only of notices that reach it.
 */
@Component
class NoticeRouting {

    private final Recipients recipients;
    private final Routes routes;

    NoticeRouting(Recipients recipients, Routes routes) {
        this.recipients = recipients;
        this.routes = routes;
    }

    List<Recipient> recipientsOf(Alert alert, Notice notice) {
        Map<String, Recipient> chosen = new LinkedHashMap<>();
        if (notice.kind() == Notice.Kind.ESCALATED) {
            add(chosen, ofLevel(alert, notice.levelOr(alert)));
        } else {
            routes.treeOf(alert.regionCode()).receivers(alert, notice.severity())
                    .forEach(role -> add(chosen, ofRole(alert, role)));
        }
        if (notice.kind() == Notice.Kind.RECOVERED) {
            for (int level = 2; level <= alert.level(); level++) {
                add(chosen, ofLevel(alert, level));
            }
        }
        return chosen.values().stream().filter(recipient -> recipient.receives(notice.severity())).toList();
    }

    private List<Recipient> ofLevel(Alert alert, int level) {
        return ofRole(alert, switch (level) {
            case 1 -> RecipientRole.OPD_HEAD;
            case 2 -> RecipientRole.INSPECTORATE;
            default -> RecipientRole.PROVINCE;
        });
    }

    /** The OPD head of the alert's OPD, Bappeda and the inspectorate of its region, the inspectorate of its province. */
    private List<Recipient> ofRole(Alert alert, RecipientRole role) {
        return switch (role) {
            case OPD_HEAD -> recipients.activeInRegion(alert.regionCode(), role).stream()
                    .filter(head -> head.opdCode().equals(alert.opdCode())).toList();
            case INSPECTORATE, BAPPEDA -> recipients.activeInRegion(alert.regionCode(), role);
            case PROVINCE -> recipients.activeInRegion(new RegionCode(alert.regionCode()).province().value(), role);
        };
    }

    private static void add(Map<String, Recipient> chosen, List<Recipient> more) {
        more.forEach(recipient -> chosen.putIfAbsent(recipient.id(), recipient));
    }
}
