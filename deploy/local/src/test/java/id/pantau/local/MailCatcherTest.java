package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MailCatcherTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private int smtpPort;
    private int apiPort;
    private MailCatcher catcher;

    @BeforeEach
    void start() {
        int[] ports = Ports.free(2);
        smtpPort = ports[0];
        apiPort = ports[1];
        catcher = MailCatcher.start(smtpPort, apiPort);
    }

    @AfterEach
    void stop() {
        catcher.stop();
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        return Session.getInstance(properties);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode messages() throws Exception {
        HttpResponse<String> response = get("/api/messages");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(response.body());
    }

    @Test
    void listsNothingBeforeAnyMailArrives() throws Exception {
        assertThat(messages().size()).isZero();
    }

    @Test
    void showsAReceivedAlertWithSenderRecipientSubjectBodyAndTime() throws Exception {
        Instant before = Instant.now();
        MimeMessage mail = new MimeMessage(session());
        mail.setFrom(new InternetAddress("Pantau Inovasi <noreply@pantau.id>"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("inspektorat@bandung.go.id"));
        mail.setSubject("Target tertinggal: Waktu layanan", "UTF-8");
        mail.setText("Capaian 40% dari rencana 60% — mohon ditindaklanjuti.", "UTF-8");
        Transport.send(mail);

        JsonNode messages = messages();

        assertThat(messages.size()).isEqualTo(1);
        JsonNode received = messages.get(0);
        assertThat(received.get("from").asString()).isEqualTo("noreply@pantau.id");
        assertThat(received.get("to").get(0).asString()).isEqualTo("inspektorat@bandung.go.id");
        assertThat(received.get("subject").asString()).isEqualTo("Target tertinggal: Waktu layanan");
        assertThat(received.get("body").asString()).isEqualTo("Capaian 40% dari rencana 60% — mohon ditindaklanjuti.");
        assertThat(Instant.parse(received.get("receivedAt").asString())).isBetween(before, Instant.now());
    }

    @Test
    void aMailToSeveralRecipientsIsListedOnceWithAllOfThem() throws Exception {
        MimeMessage mail = new MimeMessage(session());
        mail.setFrom(new InternetAddress("noreply@pantau.id"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("inspektorat@bandung.go.id"));
        mail.setRecipient(Message.RecipientType.CC, new InternetAddress("inspektorat@jabarprov.go.id"));
        mail.setSubject("Eskalasi");
        mail.setText("Belum ditanggapi");
        Transport.send(mail);

        JsonNode messages = messages();

        assertThat(messages.size()).isEqualTo(1);
        assertThat(messages.get(0).get("to")).extracting(JsonNode::asString)
                .containsExactly("inspektorat@bandung.go.id", "inspektorat@jabarprov.go.id");
    }

    @Test
    void prefersThePlainTextPartOfAMailSentAsTextAndHtml() throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Laporan terlambat", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Laporan <b>terlambat</b></p>", "text/html; charset=UTF-8");
        MimeMessage mail = new MimeMessage(session());
        mail.setFrom(new InternetAddress("noreply@pantau.id"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("inspektorat@bandung.go.id"));
        mail.setSubject("Laporan terlambat");
        mail.setContent(new MimeMultipart("alternative", html, text));
        Transport.send(mail);

        assertThat(messages().get(0).get("body").asString()).isEqualTo("Laporan terlambat");
    }

    @Test
    void answersOnlyGetOnTheMessagesPath() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + apiPort + "/api/messages"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/api/messages/1").statusCode()).isEqualTo(404);
    }
}
