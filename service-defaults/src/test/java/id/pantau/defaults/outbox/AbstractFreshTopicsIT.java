package id.pantau.defaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The relay's producer on a real broker, sending at once, as the relay's waves do, to topics that the publisher
 * creates on their first use. Run by {@link FreshTopicsIT} on the broker of the tests and the local stack and by
 * {@link FreshTopicsContainersIT} on Kafka in a container where Docker runs.
 */
abstract class AbstractFreshTopicsIT {

    private static final int TOPICS = 10;
    private static final int EVENTS_PER_TOPIC = 200;

    abstract String bootstrapServers();

    @Test
    void everyEventSentToATopicCreatedOnItsFirstUseIsAcknowledged() throws Exception {
        Map<String, Object> client = new HashMap<>();
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        // an event the broker keeps refusing fails here, instead of after the default two minutes
        client.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        client.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        DefaultKafkaProducerFactory<byte[], byte[]> producer =
                new DefaultKafkaProducerFactory<>(CloudEventPublisher.producerProperties(client));
        String run = UUID.randomUUID().toString();
        CloudEventPublisher publisher = new CloudEventPublisher(new KafkaTemplate<>(producer),
                topic -> "fresh-" + run + "-" + topic,
                new KafkaAdmin(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers())), 3,
                "/pantau/test");
        try {
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (int topic = 0; topic < TOPICS; topic++) {
                for (int n = 0; n < EVENTS_PER_TOPIC; n++) {
                    sent.add(publisher.publish(event("topic-" + topic, "innovation-" + n % 7)));
                }
            }

            int refused = 0;
            for (CompletableFuture<?> send : sent) {
                try {
                    send.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    refused++;
                }
            }
            assertThat(refused).as("events not acknowledged of " + sent.size()).isZero();
        } finally {
            publisher.destroy();
        }
    }

    private static PendingEvent event(String topic, String key) {
        return new PendingEvent("outboxes", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "TargetSlipped", topic, key, Date.from(Instant.now()), System.nanoTime(), "{\"value\":\"x\"}");
    }
}
