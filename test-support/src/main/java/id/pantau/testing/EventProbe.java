package id.pantau.testing;

import id.pantau.events.EventCatalog;
import id.pantau.events.PantauEvent;
import id.pantau.events.PantauJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads a topic from its beginning in the background, like any outside consumer would, so tests can assert
 * on what a service really published: the CloudEvents headers, the key and the body.
 */
public final class EventProbe implements AutoCloseable {

    /** One record of the topic, as published. */
    public record Recorded(String key, String id, String type, String subject, Map<String, String> headers,
                           PantauEvent event) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private EventProbe(String bootstrap, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(properties);
        poller = new Thread(() -> poll(topic), "event-probe-" + topic);
        poller.setDaemon(true);
        poller.start();
    }

    public static EventProbe on(String bootstrap, String topic) {
        return new EventProbe(bootstrap, topic);
    }

    private void poll(String topic) {
        try {
            List<TopicPartition> partitions = List.of();
            while (running && partitions.isEmpty()) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                if (partitions.isEmpty()) {
                    Thread.sleep(200);
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    recorded.add(toRecorded(record));
                }
            }
        } catch (WakeupException | InterruptedException stopping) {
            // closed by the test
        } finally {
            consumer.close();
        }
    }

    private static Recorded toRecorded(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String type = headers.get("ce_type");
        PantauEvent event;
        try {
            event = EventCatalog.ofType(type)
                    .map(entry -> (PantauEvent) PantauJson.mapper().readValue(record.value(), entry.eventClass()))
                    .orElse(null);
        } catch (RuntimeException unreadable) {
            event = null; // a poison message: recorded with its headers, without a body
        }
        return new Recorded(record.key(), headers.get("ce_id"), type, headers.get("ce_subject"), headers, event);
    }

    public List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    public <T extends PantauEvent> List<T> events(Class<T> type) {
        return recorded.stream().map(Recorded::event).filter(type::isInstance).map(type::cast).toList();
    }

    /** Waits (up to 30 s) for an event of the type that matches, and returns the first such. */
    public <T extends PantauEvent> T await(Class<T> type, Predicate<T> matching) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> events(type).stream().filter(matching).findFirst().orElse(null), found -> found != null);
    }

    public <T extends PantauEvent> T await(Class<T> type) {
        return await(type, event -> true);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(5_000);
    }
}
