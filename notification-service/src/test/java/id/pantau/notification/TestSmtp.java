package id.pantau.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * The SMTP server of the integration tests (GreenMail), one per test JVM on a port of its own, which a test
 * can stop and start again on the same port to play an SMTP outage.
 */
final class TestSmtp {

    /**
     * A mail as received: who it went to, its subject, its plain-text body and its HTML (null for a plain-text
     * mail), and its content type ({@code multipart/alternative...} when it has both).
     */
    record Mail(List<String> to, String subject, String body, String html, String contentType) {
    }

    private static final int PORT = freePort();
    private static GreenMail server;

    private TestSmtp() {
    }

    static synchronized int port() {
        if (server == null) {
            start();
            SpringApplication.getShutdownHandlers().add(TestSmtp::stop);
        }
        return PORT;
    }

    static synchronized void start() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    static synchronized void stop() {
        server.stop();
    }

    static synchronized List<Mail> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).map(TestSmtp::read)
                .filter(mail -> mail.to().contains(address)).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
            Object content = message.getContent();
            if (content instanceof MimeMultipart parts) {
                return new Mail(to, message.getSubject(), part(parts, "text/plain"), part(parts, "text/html"),
                        message.getContentType());
            }
            return new Mail(to, message.getSubject(), String.valueOf(content), null, message.getContentType());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first part of this type, however deep it is nested (Spring nests the alternatives in a related part). */
    private static String part(MimeMultipart parts, String type) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                String found = part(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
