package id.pantau.testing;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real Kafka and MongoDB in containers, for machines with Docker. Use on a test class with
 * {@code @Testcontainers(disabledWithoutDocker = true)} and {@code @ImportTestcontainers(PantauContainers.class)}:
 * without Docker the class is skipped, with it the same tests run against the real engines.
 */
public interface PantauContainers {

    @Container
    @ServiceConnection
    KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    @ServiceConnection
    MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    /** The binder reads its own broker list, which a service connection does not set; tokens come from {@link TestIssuer}. */
    @DynamicPropertySource
    static void binderBrokersAndIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
        registry.add("pantau.security.issuers[0].uri", () -> TestIssuer.get().uri());
    }
}
