package id.pantau.notification.delivery;

import id.pantau.events.ReportDueSoon;
import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.RecipientRole;
import id.pantau.notification.recipient.Recipients;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A report due soon is a reminder to the OPD, not an inspectorate alert: it goes to the head of the OPD that
 * owes the report (by its channel), opens no alert and escalates nothing. The delivery's id is the event's and
 * the recipient's, so a redelivered event reminds nobody twice.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Recipients recipients;
    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final NotificationProperties properties;
    private final Clock clock;

    Reminders(Recipients recipients, Deliveries deliveries, DeliveryWorker worker, NotificationProperties properties,
              Clock clock) {
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
        String indicator = due.indicatorName() == null ? "indikator " + due.indicatorId() : due.indicatorName();
        String subject = "[Pantau Inovasi] Pengingat laporan: " + indicator + " periode " + due.period()
                + " jatuh tempo " + DATE.format(due.dueDate());
        Message message = new Message(subject, subject + "\nRealisasi indikator ini untuk periode " + due.period()
                + " belum dilaporkan (" + properties.regionLabel(due.regionCode()) + ", OPD " + due.opdCode()
                + "). Mohon dilaporkan sebelum " + DATE.format(due.dueDate()) + ".\n");
        heads.forEach(head -> deliveries.plan(Delivery.reminder(eventId, head, message, clock.instant())));
        worker.deliverSoon();
    }
}
