package id.pantau.testing;

import id.pantau.events.EventCatalog;
import id.pantau.events.PantauEvent;
import id.pantau.events.PantauJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Feeds a service the events of its neighbours as their outbox relays publish them: on the topic of the
 * publishing service, keyed by innovation id, the record as JSON, with CloudEvents headers in binary mode.
 * Each send waits for all in-sync replicas, so the event is on the broker when the call returns.
 */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    private EventSender(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(properties);
    }

    public static EventSender to(String bootstrap) {
        return new EventSender(bootstrap);
    }

    /** @return the event's CloudEvents id, fresh for each send */
    public String send(PantauEvent event) {
        return send(event, UUID.randomUUID().toString());
    }

    /** Sends under a given CloudEvents id: the same id again is a redelivery. */
    public String send(PantauEvent event, String ceId) {
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        String topic = entry.topic().topicName();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", ceId);
        headers.put("ce_type", entry.type());
        headers.put("ce_source", "/pantau/" + topic.replace("-events", "-service"));
        headers.put("ce_specversion", "1.0");
        headers.put("ce_time", Instant.now().toString());
        headers.put("ce_subject", event.key());
        sendRaw(topic, event.key(), headers, PantauJson.mapper().writeValueAsBytes(event));
        return ceId;
    }

    /** Sends exactly these bytes and headers, e.g. a poison message no consumer can read. */
    public void sendRaw(String topic, String key, Map<String, String> headers, byte[] body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, body);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
