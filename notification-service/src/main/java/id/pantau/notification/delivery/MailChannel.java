package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Channel;
import java.util.regex.Pattern;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Email over SMTP: the formal record. */
@Component
class MailChannel implements DeliveryChannel {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\"',;:]+@[^\\s<>()\"',;:]+");

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    MailChannel(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String metric() {
        return "pantau.notification.mails";
    }

    @Override
    public ChannelOutcome send(Delivery delivery) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(delivery.recipient());
        message.setSubject(delivery.subject());
        message.setText(delivery.body());
        try {
            mail.send(message);
            return ChannelOutcome.sent();
        } catch (MailException e) {
            return ChannelOutcome.failed(e.getMessage());
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
