package id.pantau.defaults.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends outbox events to their topics as CloudEvents records in Kafka's binary mode: the attributes as
 * {@code ce_*} headers of plain UTF-8 text, the event's JSON as the body, its key as the record key (so one key's
 * events share a partition). Sends do not wait: the relay collects the acknowledgements. A topic is created (or
 * given more partitions) on its first use, with as many partitions as the services' consumers expect. The topic an
 * event names may be sent elsewhere by configuration, as for a binding of Spring Cloud Stream
 * ({@code spring.cloud.stream.bindings.<topic>.destination}).
 */
public class CloudEventPublisher implements DisposableBean {

    static final String SPEC_VERSION = "1.0";

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final UnaryOperator<String> destinations;
    private final KafkaAdmin admin;
    private final int partitions;
    private final byte[] source;
    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();

    /**
     * @param kafka        a template whose producer acknowledges with {@code acks=all} and is idempotent
     * @param destinations the topic to send to for each topic an event names
     * @param partitions   the fewest partitions a topic may have
     * @param source       the CloudEvents source of every event, e.g. {@code /pantau/monitoring-service}
     */
    public CloudEventPublisher(KafkaTemplate<byte[], byte[]> kafka, UnaryOperator<String> destinations, KafkaAdmin admin,
                               int partitions, String source) {
        this.kafka = kafka;
        this.destinations = destinations;
        this.admin = admin;
        this.partitions = partitions;
        this.source = utf8(source);
    }

    /**
     * The relay's producer settings on top of {@code base} (the broker and client settings): byte keys and bodies, every
     * send acknowledged by all in-sync replicas, idempotent (so retries neither duplicate nor reorder a partition's
     * records), no lingering (the relay waits for each wave's acknowledgements, so lingering would only add to every
     * wave), and one request in flight at a time. Brokers before Kafka 4.5 can append a second request to a partition
     * they have just created while rejecting the first one; the producer then retries the first one until it expires,
     * and its events go out only in a later round (KAFKA-15591). Topics are created on their first use, so this would
     * happen to the first events of every new topic.
     */
    public static Map<String, Object> producerProperties(Map<String, Object> base) {
        Map<String, Object> producer = new HashMap<>(base);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return producer;
    }

    /** Hands the event to the producer; the future completes when the broker acknowledged it, or failed. */
    CompletableFuture<?> publish(PendingEvent event) {
        String topic = destinations.apply(event.topic());
        if (provisioned.add(topic)) {
            try {
                admin.createOrModifyTopics(new NewTopic(topic, Optional.of(partitions), Optional.empty()));
            } catch (RuntimeException e) {
                provisioned.remove(topic);
                return CompletableFuture.failedFuture(e);
            }
        }
        List<Header> headers = List.of(
                header("ce_id", event.id()),
                new RecordHeader("ce_specversion", utf8(SPEC_VERSION)),
                new RecordHeader("ce_source", source),
                header("ce_type", event.type()),
                header("ce_subject", event.key()),
                header("ce_time", event.time().toInstant().toString()),
                // the binding's name for datacontenttype; Spring's own "contentType" header would need its JSON encoding
                header("content-type", "application/json"));
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, utf8(event.key()),
                utf8(event.payload()), headers);
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            // e.g. the producer could not fetch the topic's metadata in time
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Sends what the producer still holds and closes it. */
    @Override
    public void destroy() throws Exception {
        if (kafka.getProducerFactory() instanceof DisposableBean factory) {
            factory.destroy();
        }
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, utf8(value));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
