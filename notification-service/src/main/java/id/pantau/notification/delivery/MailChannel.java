package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Channel;
import java.util.regex.Pattern;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP: the formal record, as multipart/alternative (plain text and HTML) in UTF-8; a message planned
 * before HTML existed goes as plain text only.
 */
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
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(delivery.recipient());
            helper.setSubject(delivery.subject());
            if (delivery.html() == null) {
                helper.setText(delivery.body());
            } else {
                message.setContent(alternatives(delivery.body(), delivery.html()));
            }
            mail.send(message);
            return ChannelOutcome.sent();
        } catch (MailException | MessagingException e) {
            return ChannelOutcome.failed(e.getMessage());
        }
    }

    /** The same message twice, as plain text and as HTML: the reader's mail program shows the one it can. */
    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        alternatives.addBodyPart(plain);
        alternatives.addBodyPart(rich);
        return alternatives;
    }

    /**
     * SMTP errors often quote the refused address; logs carry no personal data, so addresses are masked there
     * (the delivery record keeps the full error, next to the address it went to).
     */
    static String withoutAddresses(String error) {
        return error == null ? null : ADDRESS.matcher(error).replaceAll("<address>");
    }
}
