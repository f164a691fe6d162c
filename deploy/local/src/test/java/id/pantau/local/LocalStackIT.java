package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The infrastructure children for real: Kafka broker, MongoDB wire server and mail catcher, without services. */
class LocalStackIT {

    private static final Path DATA = Path.of("target/it/local-stack").toAbsolutePath();

    @Test
    void kafkaRecordsAndMongoDocumentsSurviveAStopAndStart() throws Exception {
        LocalStack.Builder builder = LocalStack.builder().dataDir(DATA.resolve("restart")).fresh(true)
                .randomPorts().services();
        String topic = "innovation-events-" + UUID.randomUUID();

        try (LocalStack stack = builder.start()) {
            produce(stack.kafkaBootstrap(), new ProducerRecord<>(topic, "innovation-1", "{\"title\":\"Integrasi data OPD\"}"));
            try (MongoClient mongo = MongoClients.create(stack.mongoUri("pantau-it"))) {
                innovations(mongo).insertOne(new Document("_id", "innovation-1").append("title", "Integrasi data OPD"));
            }
        }

        try (LocalStack stack = builder.fresh(false).start()) {
            assertThat(consumeAll(stack.kafkaBootstrap(), topic))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("innovation-1", "{\"title\":\"Integrasi data OPD\"}"));
            try (MongoClient mongo = MongoClients.create(stack.mongoUri("pantau-it"))) {
                Document innovation = innovations(mongo).find(Filters.eq("_id", "innovation-1")).first();
                assertThat(innovation).isNotNull();
                assertThat(innovation.getString("title")).isEqualTo("Integrasi data OPD");
            }
        }
    }

    @Test
    void mailSentToTheSmtpPortIsListedByTheMailApiAndLogged() throws Exception {
        try (LocalStack stack = LocalStack.builder().dataDir(DATA.resolve("mail")).fresh(true).memoryMongo(true)
                .randomPorts().services().start()) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(stack.smtpPort()));
            MimeMessage mail = new MimeMessage(Session.getInstance(properties));
            mail.setFrom(new InternetAddress("noreply@pantau.id"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("inspektorat@bandung.go.id"));
            mail.setSubject("Target tertinggal: Waktu layanan");
            mail.setText("Capaian di bawah rencana");
            Transport.send(mail);

            HttpResponse<String> messages = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.mailApiUrl())).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(messages.statusCode()).isEqualTo(200);
            assertThat(messages.body()).contains("\"to\":[\"inspektorat@bandung.go.id\"]",
                    "\"subject\":\"Target tertinggal: Waktu layanan\"", "\"body\":\"Capaian di bawah rencana\"");
            assertThat(Files.readString(stack.dataDir().resolve("logs/mail.log")))
                    .contains("to=inspektorat@bandung.go.id subject=\"Target tertinggal: Waktu layanan\"");
            assertThatThrownBy(() -> stack.accessToken(DemoClient.VIEWER)).as("no services, no authorization server")
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static MongoCollection<Document> innovations(MongoClient mongo) {
        return mongo.getDatabase("pantau-it").getCollection("innovations");
    }

    private static void produce(String bootstrap, ProducerRecord<String, String> record) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
