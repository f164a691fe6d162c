package id.pantau.local;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** One mail as the mail catcher's read API shows it. */
public record ReceivedMail(String from, List<String> to, String subject, String body, Instant receivedAt) {

    /** @param recipients the envelope recipients: who the mail was really sent to, Bcc included */
    static ReceivedMail of(MimeMessage message, List<String> recipients, Instant receivedAt)
            throws MessagingException, IOException {
        Address[] from = message.getFrom();
        String sender = from == null || from.length == 0 ? "" : address(from[0]);
        String subject = message.getSubject() == null ? "" : message.getSubject();
        return new ReceivedMail(sender, List.copyOf(recipients), subject, text(message), receivedAt);
    }

    String summary() {
        return "mail from=" + from + " to=" + String.join(",", to) + " subject=\"" + subject + "\"";
    }

    private static String address(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    /** The plain-text part when a mail has one (alerts may come as text and HTML), else its first text part. */
    private static String text(Part message) throws MessagingException, IOException {
        Part part = firstPart(message, "text/plain");
        if (part == null) {
            part = firstPart(message, "text/*");
        }
        return part == null ? "" : part.getContent().toString();
    }

    private static Part firstPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = firstPart(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
