package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.AlertStore;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.innovation.InnovationLabels;
import id.pantau.notification.recipient.Channel;
import id.pantau.notification.recipient.Language;
import id.pantau.notification.recipient.Preferences;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.silence.Silence;
import id.pantau.notification.silence.Silences;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the notices alerts left behind into one delivery per recipient, in the recipient's language: held back,
 * but recorded, when a silence matched the alert as the notice happened; kept for the daily digest of a DIGEST
 * recipient (and sent at once too when its severity is one the recipient takes at once, e.g. RED); sent at once
 * to an IMMEDIATE recipient — at once meaning now, or at the region's next office opening. Then removes each notice from its alert. A crash in between plans the notice again, which changes nothing (deliveries are keyed by notice
 * and recipient).
 */
@Component
class DeliveryPlanner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);
    private static final int BATCH = 100;

    private final AlertStore alerts;
    private final NoticeRouting routing;
    private final InnovationLabels labels;
    private final Deliveries deliveries;
    private final MailComposer composer;
    private final WebhookComposer webhooks;
    private final Silences silences;
    private final NotificationProperties properties;
    private final RegionHours hours;
    private final Clock clock;

    DeliveryPlanner(AlertStore alerts, NoticeRouting routing, InnovationLabels labels, Deliveries deliveries,
                    MailComposer composer, WebhookComposer webhooks, Silences silences,
                    NotificationProperties properties, RegionHours hours, Clock clock) {
        this.hours = hours;
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.silences = silences;
        this.routing = routing;
        this.labels = labels;
        this.deliveries = deliveries;
        this.composer = composer;
        this.properties = properties;
        this.clock = clock;
    }

    void planPending() {
        for (Document document : alerts.withPendingNotices(BATCH)) {
            Alert alert = alerts.read(document);
            for (Document pending : document.getList(AlertStore.PENDING_NOTICES, Document.class)) {
                Notice notice = alerts.readNotice(pending);
                plan(alert, notice);
                alerts.noticeHandled(alert.id(), notice.id());
            }
        }
    }

    private void plan(Alert alert, Notice notice) {
        List<Recipient> recipients = routing.recipientsOf(alert, notice);
        if (recipients.isEmpty()) {
            log.warn("Alert {} ({}): no active recipient routed to in region {}", alert.id(), notice.kind(),
                    alert.regionCode());
            return;
        }
        AlertFacts facts = AlertFacts.of(alert, notice, labels.find(alert.innovationId()).orElse(null),
                properties.regionLabel(alert.regionCode()), properties.dashboardUrl());
        Message webhook = webhooks.compose(facts);
        Map<Language, Message> mails = new EnumMap<>(Language.class);
        Map<Language, Message> nudges = new EnumMap<>(Language.class);
        // whether a silence held when it happened, not when it is planned: a late plan keeps the same outcome
        Silence silence = silences.silencing(alert, notice.at()).orElse(null);
        Instant now = clock.instant();
        for (Recipient recipient : recipients) {
            Preferences preferences = recipient.preferences();
            Language language = preferences.language();
            Message message = switch (recipient.channel() == null ? Channel.EMAIL : recipient.channel()) {
                case EMAIL -> mails.computeIfAbsent(language, l -> composer.compose(facts, l));
                case WEBHOOK -> webhook;
                case TELEGRAM -> nudges.computeIfAbsent(language, l -> composer.nudge(facts, l));
            };
            if (silence != null) {
                deliveries.plan(Delivery.silenced(alert, notice, recipient, message, silence.id(), now));
                continue;
            }
            if (preferences.digest()) {
                deliveries.plan(Delivery.forDigest(alert, notice, recipient, now));
            }
            if (preferences.immediate(notice.severity())) {
                deliveries.plan(Delivery.planned(alert, notice, recipient, message, now,
                        hours.notBefore(recipient, now)));
            }
        }
        if (silence != null) {
            log.info("Alert {} ({}) silenced by {}", alert.id(), notice.kind(), silence.id());
        }
    }
}
