package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.AlertStore;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.innovation.InnovationLabel;
import id.pantau.notification.innovation.InnovationLabels;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.Recipients;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest of each DIGEST recipient: on each working day at its region's digest time, one message that
 * lists the alerts told of since the previous digest (new, escalated, back on track) and those told of before
 * that are still open; nothing when there is nothing to say. The digest is a delivery like any other (persisted,
 * retried, sent by the same worker) whose id is the recipient's and the day's, so a restart or two replicas
 * never send a day's digest twice.
 */
@Component
class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final Recipients recipients;
    private final Deliveries deliveries;
    private final AlertStore alerts;
    private final InnovationLabels labels;
    private final MailComposer composer;
    private final RegionHours hours;
    private final DeliveryWorker worker;
    private final NotificationProperties properties;
    private final Clock clock;

    Digests(Recipients recipients, Deliveries deliveries, AlertStore alerts, InnovationLabels labels,
            MailComposer composer, RegionHours hours, DeliveryWorker worker, NotificationProperties properties,
            Clock clock) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.labels = labels;
        this.composer = composer;
        this.hours = hours;
        this.worker = worker;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pantau.notification.digest.poll-interval:1m}",
            initialDelayString = "${pantau.notification.digest.poll-interval:1m}")
    void onSchedule() {
        try {
            planDue();
        } catch (RuntimeException e) {
            log.warn("Digest round stopped, will retry: {}", e.toString());
        }
    }

    /** Plans every digest due now that is not planned yet, and has them sent. */
    void planDue() {
        Instant now = clock.instant();
        int planned = 0;
        for (Recipient recipient : recipients.activeByDigest()) {
            DigestSchedule schedule = hours.digest(recipient.regionCode());
            Optional<LocalDate> day = schedule.dueDay(now);
            if (day.isPresent() && plan(recipient, day.get(), schedule.at(day.get()), now)) {
                planned++;
            }
        }
        if (planned > 0) {
            worker.deliverSoon();
        }
    }

    private boolean plan(Recipient recipient, LocalDate day, Instant dueAt, Instant now) {
        String id = "digest-" + day + "/" + recipient.id();
        if (deliveries.find(id) != null) {
            return false;
        }
        deliveries.assignToDigest(recipient.id(), dueAt, id);
        DigestContent content = DigestContent.of(lines(recipient, id, dueAt), properties.digest().maxLines());
        if (content.isEmpty()) {
            return false;
        }
        Message message = composer.digest(content, day, AlertFacts.link(properties.dashboardUrl(), "alerts"),
                recipient.preferences().language());
        deliveries.plan(Delivery.digest(id, recipient, message, now, now));
        return true;
    }

    private List<DigestContent.Line> lines(Recipient recipient, String digestId, Instant dueAt) {
        Map<String, Set<Notice.Kind>> told = new LinkedHashMap<>();
        for (Delivery item : deliveries.inDigest(digestId)) {
            told.computeIfAbsent(item.alertId(), alert -> new HashSet<>()).add(item.kind());
        }
        List<DigestContent.Line> lines = new ArrayList<>();
        for (Alert alert : alerts.all(told.keySet())) {
            lines.add(line(alert, DigestContent.categoryOf(told.get(alert.id()))));
        }
        List<String> before = deliveries.alertsToldTo(recipient.id(), dueAt).stream().filter(id -> !told.containsKey(id)).toList();
        for (Alert alert : alerts.unresolved(before)) {
            lines.add(line(alert, DigestContent.Category.OPEN));
        }
        return lines;
    }

    private DigestContent.Line line(Alert alert, DigestContent.Category category) {
        InnovationLabel label = labels.find(alert.innovationId()).orElse(null);
        String indicator = alert.indicatorName() != null ? alert.indicatorName()
                : label != null && label.indicatorName(alert.indicatorId()) != null
                ? label.indicatorName(alert.indicatorId()) : alert.indicatorId();
        String opd = label == null || label.opdName() == null ? alert.opdCode() : label.opdName() + " (" + alert.opdCode() + ")";
        return new DigestContent.Line(category, properties.regionLabel(alert.regionCode()), opd, indicator,
                alert.period(), alert.severity(), AlertFacts.link(properties.dashboardUrl(), "alerts/" + alert.id()));
    }
}
