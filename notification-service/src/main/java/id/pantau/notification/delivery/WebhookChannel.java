package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Channel;
import id.pantau.notification.recipient.Recipient;
import id.pantau.notification.recipient.Recipients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Webhooks to other government systems, signed per Standard Webhooks: {@code webhook-id} is the delivery's id
 * (the same on every retry, so the receiver can drop duplicates), {@code webhook-timestamp} the attempt's time
 * in seconds, {@code webhook-signature} over both and the body (with each secret in use during a rotation,
 * space-separated). Any 2xx is success, 410 Gone disables the
 * endpoint, anything else (or no answer) is a failure to retry.
 */
@Component
class WebhookChannel implements DeliveryChannel {

    private final HttpClient http;
    private final Recipients recipients;
    private final NotificationProperties properties;
    private final Clock clock;

    WebhookChannel(Recipients recipients, NotificationProperties properties, Clock clock) {
        this.recipients = recipients;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.delivery().webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public String metric() {
        return "pantau.notification.webhooks";
    }

    @Override
    public ChannelOutcome send(Delivery delivery) {
        Recipient recipient = recipients.findById(delivery.recipientId()).orElse(null);
        if (recipient == null || !recipient.active()) {
            return ChannelOutcome.gone("recipient " + delivery.recipientId() + " is no longer active");
        }
        Instant timestamp = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.recipient()))
                .timeout(properties.delivery().webhookTimeout())
                .header("Content-Type", "application/json")
                .header("webhook-id", delivery.id())
                .header("webhook-timestamp", String.valueOf(timestamp.getEpochSecond()))
                .header("webhook-signature", String.join(" ", recipient.signingSecrets(timestamp).stream()
                        .map(secret -> WebhookSigner.signature(secret, delivery.id(), timestamp, delivery.body()))
                        .toList()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return ChannelOutcome.sent();
            }
            return status == 410 ? ChannelOutcome.gone("HTTP 410 Gone") : ChannelOutcome.failed("HTTP " + status);
        } catch (IOException e) {
            return ChannelOutcome.failed(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ChannelOutcome.failed("interrupted");
        }
    }
}
