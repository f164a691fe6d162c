package id.pantau.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * What the broker and the store take without the service in between, measured on the same engines in the same run:
 * a bare producer (acks=all, records the size of an IndicatorMeasured) and bare inserts of measurement-sized
 * documents, one by one and 1,000 at a time.
 */
final class RawLimits {

    static final int RECORD_BYTES = 700;

    private RawLimits() {
    }

    /** Records per second a single producer gets acknowledged, keyed over 1,000 innovations. */
    static double kafkaRecordsPerSecond(String bootstrap, int records) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        byte[] body = "x".repeat(RECORD_BYTES).getBytes(StandardCharsets.UTF_8);
        String topic = "benchmark-raw-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", body)); // creates the topic outside the timing
            producer.flush();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "innovation-" + i % 1_000, body));
            }
            producer.flush();
            return records / seconds(start);
        }
    }

    /** Documents per second: {@code oneByOne} single inserts, then {@code bulk} documents in insertMany of 1,000. */
    static double[] mongoDocsPerSecond(String uri, int oneByOne, int bulk) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> single = client.getDatabase("benchmark-raw").getCollection("single");
            MongoCollection<Document> batched = client.getDatabase("benchmark-raw").getCollection("batched");
            single.insertOne(measurement(-1)); // connection and collection outside the timing
            batched.insertOne(measurement(-1));
            long start = System.nanoTime();
            for (int i = 0; i < oneByOne; i++) {
                single.insertOne(measurement(i));
            }
            double singles = oneByOne / seconds(start);
            start = System.nanoTime();
            List<Document> chunk = new ArrayList<>(1_000);
            for (int i = 0; i < bulk; i++) {
                chunk.add(measurement(i));
                if (chunk.size() == 1_000) {
                    batched.insertMany(chunk);
                    chunk = new ArrayList<>(1_000);
                }
            }
            if (!chunk.isEmpty()) {
                batched.insertMany(chunk);
            }
            return new double[] {singles, bulk / seconds(start)};
        }
    }

    private static Document measurement(int i) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("indicatorId", "indicator-" + i)
                .append("innovationId", "innovation-" + i / 10)
                .append("regionCode", BenchmarkIndicators.REGION)
                .append("opdCode", BenchmarkIndicators.OPD)
                .append("period", "2026-03")
                .append("value", new Decimal128(new BigDecimal("7.50")))
                .append("source", "benchmark")
                .append("submittedBy", "region-admin")
                .append("receivedAt", java.util.Date.from(Instant.now()))
                .append("flags", List.of())
                .append("judged", false)
                .append("revision", 0);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
