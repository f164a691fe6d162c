package id.pantau.reporting.projection;

import id.pantau.defaults.events.ReceivedEvent;
import id.pantau.events.PantauEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Reads topics from their beginning with a consumer of its own: no group, no committed offsets, so the live
 * consumers' group is untouched. Not thread-safe, like the {@link KafkaConsumer} it wraps.
 */
class TopicReplay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;

    TopicReplay(String bootstrapServers, List<String> topics) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-projection-rebuild");
        this.consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(partitions);
    }

    /** Applies every event up to {@code ends} (exclusive) of each partition; {@code progress} after each poll. */
    void replayUntil(Map<TopicPartition, Long> ends, Consumer<PantauEvent> apply, Runnable progress,
                     BooleanSupplier stopped) {
        while (!reached(ends)) {
            if (stopped.getAsBoolean()) {
                throw new IllegalStateException("the service is stopping");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                read(record).ifPresent(apply);
            }
            progress.run();
        }
    }

    /** Per topic, the records between the position and the end offsets: what is left to replay. */
    Map<String, Long> lag(Map<TopicPartition, Long> ends) {
        Map<String, Long> lag = new TreeMap<>();
        ends.forEach((partition, end) -> lag.merge(partition.topic(),
                Math.max(0, end - consumer.position(partition)), Long::sum));
        return lag;
    }

    static Map<String, Long> perTopic(Map<TopicPartition, Long> offsets) {
        Map<String, Long> sums = new TreeMap<>();
        offsets.forEach((partition, offset) -> sums.merge(partition.topic(), offset, Long::sum));
        return sums;
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /**
     * The event of a record as the live consumers read it. A record they would send to the dead-letter topic
     * (no CloudEvents id, a body that does not parse) is skipped here, as it never reached the projections.
     */
    private static Optional<PantauEvent> read(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        Message<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0] : record.value())
                .copyHeaders(headers).build();
        try {
            return ReceivedEvent.from(message).map(ReceivedEvent::event);
        } catch (RuntimeException unreadable) {
            log.warn("Skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    unreadable.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
