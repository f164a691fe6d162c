package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the due messages over SMTP and records each attempt; a failure is tried again by the retry policy. */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\"',;:]+@[^\\s<>()\"',;:]+");

    private final JavaMailSender mail;
    private final Deliveries deliveries;
    private final RetryPolicy retries;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;

    MailDelivery(JavaMailSender mail, Deliveries deliveries, RetryPolicy retries, NotificationProperties properties,
                 Clock clock, MeterRegistry meters) {
        this.mail = mail;
        this.deliveries = deliveries;
        this.retries = retries;
        this.properties = properties;
        this.clock = clock;
        this.sent = Counter.builder("pantau.notification.mails.sent").description("Emails accepted by SMTP")
                .register(meters);
        this.failed = Counter.builder("pantau.notification.mails.failed").description("Failed email attempts")
                .register(meters);
    }

    void sendDue() {
        for (Delivery delivery : deliveries.due(clock.instant(), BATCH)) {
            if (deliveries.claim(delivery, clock.instant().plus(properties.delivery().lease()))) {
                send(delivery);
            }
        }
    }

    private void send(Delivery delivery) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(delivery.recipient());
        message.setSubject(delivery.subject());
        message.setText(delivery.body());
        try {
            mail.send(message);
            deliveries.sent(delivery, clock.instant());
            sent.increment();
        } catch (MailException e) {
            Instant now = clock.instant();
            Instant next = retries.nextAttempt(delivery.attempts() + 1, now).orElse(null);
            deliveries.failed(delivery, e.getMessage(), now, next);
            failed.increment();
            if (next == null) {
                log.error("Gave up mail {} of alert {} after {} attempts: {}", delivery.id(), delivery.alertId(),
                        delivery.attempts() + 1, withoutAddresses(e.getMessage()));
            } else {
                log.warn("Mail {} of alert {} failed, next attempt at {}: {}", delivery.id(), delivery.alertId(),
                        next, withoutAddresses(e.getMessage()));
            }
        }
    }

    /**
     * SMTP errors often quote the refused address; logs carry no personal data, so addresses are masked there
     * (the delivery record keeps the full error, next to the address it went to).
     */
    static String withoutAddresses(String error) {
        return error == null ? null : ADDRESS.matcher(error).replaceAll("<address>");
    }
}
