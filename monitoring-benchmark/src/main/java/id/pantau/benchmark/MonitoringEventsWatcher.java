package id.pantau.benchmark;

import id.pantau.events.PantauJson;
import id.pantau.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code monitoring-events} as a neighbour does and notes when each IndicatorMeasured (by measurement id) and
 * each indicator's first TargetSlipped arrived, in {@link System#nanoTime()}.
 */
final class MonitoringEventsWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, Long> measured = new ConcurrentHashMap<>();
    private final Map<String, Long> slipped = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    MonitoringEventsWatcher(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "monitoring-benchmark-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        // the topic may appear only with the service's first event
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        consumer = new KafkaConsumer<>(properties);
        consumer.subscribe(List.of(Topic.MONITORING.topicName()));
        thread = new Thread(this::run, "monitoring-events-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                String type = header(record, "ce_type");
                if (type.contains(".IndicatorMeasured.")) {
                    measured.putIfAbsent(body(record).get("measurementId").asString(), now);
                } else if (type.contains(".TargetSlipped.")) {
                    slipped.putIfAbsent(body(record).get("indicatorId").asString(), now);
                }
            }
        }
        consumer.close();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode body(ConsumerRecord<String, byte[]> record) {
        return PantauJson.mapper().readTree(record.value());
    }

    /** When the IndicatorMeasured of this measurement arrived, or null. */
    Long measuredAt(String measurementId) {
        return measured.get(measurementId);
    }

    /** When the first TargetSlipped of this indicator arrived, or null. */
    Long slippedAt(String indicatorId) {
        return slipped.get(indicatorId);
    }

    /** Waits until every id is seen by the lookup, up to the patience; returns how many are still missing. */
    static long await(Collection<String> ids, java.util.function.Function<String, Long> seenAt, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long missing = ids.size();
        while (System.nanoTime() < deadline) {
            missing = ids.stream().filter(id -> seenAt.apply(id) == null).count();
            if (missing == 0) {
                return 0;
            }
            sleep(200);
        }
        return missing;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
