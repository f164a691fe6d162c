package id.pantau.notification.delivery;

import id.pantau.events.ReportDueSoon;
import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.RecipientRole;
import id.pantau.notification.recipient.Recipients;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A report due soon is a reminder to the OPD, not an inspectorate alert: it goes to the head of the OPD that
 * owes the report (by its channel, in its language, at once — within office hours — whatever its delivery
 * mode, since a digest could come too late), opens no alert and escalates nothing. The delivery's id is the event's and
 * the recipient's, so a redelivered event reminds nobody twice.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Recipients recipients;
    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final MailComposer composer;
    private final RegionHours hours;
    private final NotificationProperties properties;
    private final Clock clock;

    Reminders(Recipients recipients, Deliveries deliveries, DeliveryWorker worker, MailComposer composer,
              RegionHours hours, NotificationProperties properties, Clock clock) {
        this.composer = composer;
        this.hours = hours;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.worker = worker;
        this.properties = properties;
        this.clock = clock;
    }

    public void reportDueSoon(String eventId, ReportDueSoon due) {
        List<Recipient> heads = recipients.activeInRegion(due.regionCode(), RecipientRole.OPD_HEAD).stream()
                .filter(head -> head.opdCode().equals(due.opdCode())).toList();
        if (heads.isEmpty()) {
            log.info("Report of indicator {} for {} due soon: no OPD head of {} in {} to remind", due.indicatorId(),
                    due.period(), due.opdCode(), due.regionCode());
            return;
        }
        Instant now = clock.instant();
        for (Recipient head : heads) {
            Message message = composer.reminder(due.indicatorName(), due.indicatorId(), due.period(), due.dueDate(),
                    properties.regionLabel(due.regionCode()), due.opdCode(), head.preferences().language());
            deliveries.plan(Delivery.reminder(eventId, due, head, message, now, hours.notBefore(head, now)));
        }
        worker.deliverSoon();
    }
}
