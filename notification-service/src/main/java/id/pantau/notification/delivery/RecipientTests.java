package id.pantau.notification.delivery;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Channel;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.Recipients;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test message to one recipient, in its language, sent at once (whatever its delivery mode and the hour: a
 * person is waiting for the outcome) through its channel and recorded like any delivery, so that an
 * administrator sees whether the address works: it names the region only, and asks for nothing. The test is
 * audited on the recipient (action {@code tested}, the digest after being the test delivery's with its outcome).
 */
@Service
class RecipientTests {

    private final Recipients recipients;
    private final Deliveries deliveries;
    private final DeliverySender sender;
    private final MailComposer composer;
    private final NotificationProperties properties;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final Clock clock;

    RecipientTests(Recipients recipients, Deliveries deliveries, DeliverySender sender, MailComposer composer,
                   NotificationProperties properties, JsonMapper json, OutboxRelay relay, Clock clock) {
        this.relay = relay;
        this.composer = composer;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.sender = sender;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** @throws ApiProblem 404 outside the caller's scope, 403 where it may not write */
    Delivery send(String recipientId, Scope scope) {
        Recipient recipient = recipients.findActive(recipientId, scope)
                .orElseThrow(() -> ApiProblem.notFound("recipient-not-found", recipientId));
        scope.checkWrite(recipient.regionCode(), null);
        Instant now = clock.instant();
        Delivery delivery = Delivery.test(recipient, message(recipient, now), now);
        deliveries.plan(delivery);
        sender.sendOnce(delivery);
        Delivery tried = deliveries.find(delivery.id());
        recipients.audit(recipient.id(), AuditEntry.of(Recipient.AUDITED_ENTITY, recipient.id(), "tested",
                recipient.regionCode(), recipient.opdCode(), null, DeliveryView.of(tried)));
        relay.relaySoon();
        return tried;
    }

    private Message message(Recipient recipient, Instant now) {
        if (recipient.channel() == Channel.WEBHOOK) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", "test");
            payload.put("timestamp", now.toString());
            payload.put("data", Map.of("regionCode", recipient.regionCode()));
            return new Message("test", json.writeValueAsString(payload));
        }
        Message test = composer.test(properties.regionLabel(recipient.regionCode()), recipient.preferences().language());
        return recipient.channel() == Channel.TELEGRAM ? new Message(test.subject(), test.subject()) : test;
    }
}
