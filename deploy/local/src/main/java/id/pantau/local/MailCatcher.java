package id.pantau.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catches the platform's mail: a GreenMail SMTP server, and a read API {@code GET /api/messages} that lists every
 * received mail as JSON, so that a user and the system tests can see the alert emails. Each mail is also printed
 * as one line, which the local stack writes to {@code .pantau/logs/mail.log}. The main class of the mail child JVM.
 * Usage: {@code MailCatcher <smtp-port> <api-port>}.
 */
public final class MailCatcher {

    static final String MESSAGES_PATH = "/api/messages";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ReceivedMail> received = new CopyOnWriteArrayList<>();
    private final GreenMail smtp;
    private final HttpServer api;

    private MailCatcher(int smtpPort, int apiPort) {
        // any login is accepted: a service configured with SMTP credentials must still be able to send
        smtp = new GreenMail(new ServerSetup(smtpPort, Readiness.HOST, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            api = HttpServer.create(new InetSocketAddress(Readiness.HOST, apiPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the mail API on port " + apiPort, e);
        }
        api.createContext(MESSAGES_PATH, this::handle);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: MailCatcher <smtp-port> <api-port>");
            System.exit(2);
        }
        int smtpPort = Integer.parseInt(args[0]);
        int apiPort = Integer.parseInt(args[1]);
        MailCatcher catcher = start(smtpPort, apiPort);
        Runtime.getRuntime().addShutdownHook(new Thread(catcher::stop, "mail-shutdown"));
        System.out.println("Mail catcher: SMTP on " + Readiness.HOST + ":" + smtpPort + ", mails at http://"
                + Readiness.HOST + ":" + apiPort + MESSAGES_PATH);
    }

    /** Starts SMTP first and the API last, so that an open API port means the catcher is ready. */
    static MailCatcher start(int smtpPort, int apiPort) {
        MailCatcher catcher = new MailCatcher(smtpPort, apiPort);
        catcher.smtp.start();
        UserManager users = catcher.smtp.getManagers().getUserManager();
        users.setMessageDeliveryHandler(catcher.recording(users.getMessageDeliveryHandler()));
        catcher.api.start();
        return catcher;
    }

    void stop() {
        api.stop(0);
        smtp.stop();
    }

    /**
     * GreenMail calls the delivery handler once per recipient with the same message; recording at the first
     * recipient gives one entry per mail sent, listing all its recipients. Delivery itself stays GreenMail's.
     */
    private MessageDeliveryHandler recording(MessageDeliveryHandler delivery) {
        return (MovingMessage message, MailAddress recipient) -> {
            List<MailAddress> recipients = message.getToAddresses();
            if (recipient == recipients.get(0)) {
                record(message, recipients);
            }
            return delivery.handle(message, recipient);
        };
    }

    private void record(MovingMessage message, List<MailAddress> recipients) throws MessagingException {
        try {
            ReceivedMail mail = ReceivedMail.of(message.getMessage(),
                    recipients.stream().map(MailAddress::getEmail).toList(), Instant.now());
            received.add(mail);
            System.out.println(mail.summary());
        } catch (IOException e) {
            throw new MessagingException("Cannot read the received mail", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!MESSAGES_PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
            } else {
                byte[] body = JSON.writeValueAsString(received).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
