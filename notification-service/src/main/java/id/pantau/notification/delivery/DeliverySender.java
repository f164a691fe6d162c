package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Channel;
import id.pantau.notification.recipient.Recipients;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the due deliveries through their channels and records each attempt: a failure is tried again by the
 * retry policy (exponential backoff with jitter, persisted in the delivery, so a restart loses nothing), a
 * webhook that answers 410 Gone is tried no more and its recipient disabled.
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final int BATCH = 50;

    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final Deliveries deliveries;
    private final Recipients recipients;
    private final RetryPolicy retries;
    private final NotificationProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    DeliverySender(List<DeliveryChannel> channels, Deliveries deliveries, Recipients recipients, RetryPolicy retries,
                   NotificationProperties properties, Clock clock, MeterRegistry meters) {
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.retries = retries;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    void sendDue() {
        for (Delivery delivery : deliveries.due(clock.instant(), BATCH)) {
            if (deliveries.claim(delivery, clock.instant().plus(properties.delivery().lease()))) {
                send(delivery);
            }
        }
    }

    /** One attempt and no retry, e.g. for a test message whose sender waits for the outcome. */
    void sendOnce(Delivery delivery) {
        send(delivery, false);
    }

    private void send(Delivery delivery) {
        send(delivery, true);
    }

    private void send(Delivery delivery, boolean retry) {
        DeliveryChannel channel = channels.get(delivery.channelOrEmail());
        ChannelOutcome outcome = channel.send(delivery);
        Instant now = clock.instant();
        if (outcome.status() == ChannelOutcome.Status.SENT) {
            deliveries.sent(delivery, now);
            meters.counter(channel.metric() + ".sent").increment();
            return;
        }
        meters.counter(channel.metric() + ".failed").increment();
        String error = MailChannel.withoutAddresses(outcome.error());
        if (outcome.status() == ChannelOutcome.Status.GONE) {
            deliveries.failed(delivery, outcome.error(), now, null);
            recipients.disable(delivery.recipientId(), now);
            log.warn("Delivery {} of alert {}: the receiver is gone, recipient {} disabled: {}", delivery.id(),
                    delivery.alertId(), delivery.recipientId(), error);
            return;
        }
        Instant next = retry ? retries.nextAttempt(delivery.attempts() + 1, now).orElse(null) : null;
        deliveries.failed(delivery, outcome.error(), now, next);
        if (next == null) {
            log.error("Gave up delivery {} of alert {} after {} attempts: {}", delivery.id(), delivery.alertId(),
                    delivery.attempts() + 1, error);
        } else {
            log.warn("Delivery {} of alert {} failed, next attempt at {}: {}", delivery.id(), delivery.alertId(), next,
                    error);
        }
    }
}
