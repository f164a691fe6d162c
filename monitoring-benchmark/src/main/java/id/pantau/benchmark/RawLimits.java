package id.pantau.benchmark;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
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
 * a bare producer (acks=all, records the size of an IndicatorMeasured), bare inserts of measurement-sized
 * documents, one by one and 1,000 at a time, and bare updates of those documents by id, 1,000 in one bulk write
 * (what judging does to statuses and the relay to outboxes).
 */
final class RawLimits {

    static final int RECORD_BYTES = 700;

    private RawLimits() {
    }

    /** Records per second a single producer gets acknowledged, keyed over 1,000 innovations. */
    static double kafkaRecordsPerSecond(String bootstrap, int records) {
        byte[] body = "x".repeat(RECORD_BYTES).getBytes(StandardCharsets.UTF_8);
        String topic = "benchmark-raw-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(bootstrap))) {
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

    /**
     * Documents per second: {@code oneByOne} single inserts, then {@code bulk} documents in insertMany of 1,000, then
     * {@code updates} of those documents by id in bulk writes of 1,000 (a field set and an entry pushed to an array).
     */
    static double[] mongoDocsPerSecond(String uri, int oneByOne, int bulk, int updates) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase database = client.getDatabase(new ConnectionString(uri).getDatabase());
            MongoCollection<Document> single = database.getCollection("single");
            MongoCollection<Document> batched = database.getCollection("batched");
            single.insertOne(measurement(-1)); // connection and collection outside the timing
            batched.insertOne(measurement(-1));
            long start = System.nanoTime();
            for (int i = 0; i < oneByOne; i++) {
                single.insertOne(measurement(i));
            }
            double singles = oneByOne / seconds(start);
            start = System.nanoTime();
            List<Document> chunk = new ArrayList<>(1_000);
            List<Object> ids = new ArrayList<>(bulk);
            for (int i = 0; i < bulk; i++) {
                Document document = measurement(i);
                ids.add(document.get("_id"));
                chunk.add(document);
                if (chunk.size() == 1_000) {
                    batched.insertMany(chunk);
                    chunk = new ArrayList<>(1_000);
                }
            }
            if (!chunk.isEmpty()) {
                batched.insertMany(chunk);
            }
            double inserts = bulk / seconds(start);
            start = System.nanoTime();
            List<UpdateOneModel<Document>> writes = new ArrayList<>(1_000);
            Document pushed = new Document("payload", "x".repeat(RECORD_BYTES));
            for (int i = 0; i < updates; i++) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", ids.get(i % ids.size())),
                        Updates.combine(Updates.set("judged", true), Updates.push("outbox", pushed))));
                if (writes.size() == 1_000 || i == updates - 1) {
                    batched.bulkWrite(writes);
                    writes = new ArrayList<>(1_000);
                }
            }
            return new double[] {singles, inserts, updates / seconds(start)};
        }
    }

    /**
     * Measurements per second through the least work any ingestion needs, with no service in between: per batch of
     * 1,000, the measurements inserted in one insertMany, their indicators' statuses updated by id in one bulk write,
     * and two records per measurement (its IndicatorMeasured and a status change) acknowledged by the broker; two
     * writers at once, one per processor. No reads, no HTTP, no JSON, no judging, no outbox removal: an upper bound.
     */
    static double bareMeasurementsPerSecond(String bootstrap, String uri, int batches) throws InterruptedException {
        byte[] body = "x".repeat(RECORD_BYTES).getBytes(StandardCharsets.UTF_8);
        String topic = "benchmark-floor-" + UUID.randomUUID();
        try (MongoClient client = MongoClients.create(uri);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(bootstrap))) {
            MongoDatabase database = client.getDatabase(new ConnectionString(uri).getDatabase());
            MongoCollection<Document> measurements = database.getCollection("measurements");
            MongoCollection<Document> statuses = database.getCollection("statuses");
            List<Document> initial = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                initial.add(new Document("_id", "status-" + i).append("health", "ON_TRACK").append("version", 0));
            }
            statuses.insertMany(initial);
            producer.send(new ProducerRecord<>(topic, "warm-up", body));
            producer.flush();
            Thread[] writers = new Thread[2];
            long start = System.nanoTime();
            for (int w = 0; w < writers.length; w++) {
                int writer = w;
                writers[w] = new Thread(() -> {
                    for (int b = writer; b < batches; b += writers.length) {
                        List<Document> batch = new ArrayList<>(1_000);
                        List<UpdateOneModel<Document>> judged = new ArrayList<>(1_000);
                        for (int i = 0; i < 1_000; i++) {
                            batch.add(measurement(i));
                            judged.add(new UpdateOneModel<>(Filters.eq("_id", "status-" + (writer * 1_000 + i)),
                                    Updates.combine(Updates.set("health", "ON_TRACK"), Updates.inc("version", 1))));
                        }
                        measurements.insertMany(batch);
                        statuses.bulkWrite(judged);
                        for (int i = 0; i < 2_000; i++) {
                            producer.send(new ProducerRecord<>(topic, "innovation-" + i % 100, body));
                        }
                        producer.flush();
                    }
                }, "floor-writer-" + w);
                writers[w].start();
            }
            for (Thread writer : writers) {
                writer.join();
            }
            return batches * 1_000 / seconds(start);
        }
    }

    /** A plain producer: string keys, byte bodies, every record acknowledged by all in-sync replicas. */
    private static Properties producerProperties(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return properties;
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
