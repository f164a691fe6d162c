package id.pantau.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The broker and database of the integration tests, one pair per test JVM: a real Kafka broker in KRaft mode
 * (spring-kafka-test's) and the MongoDB wire-protocol server the local stack uses, in memory. An external
 * pair can be named instead with the system properties {@code pantau.test.kafka} (bootstrap servers) and
 * {@code pantau.test.mongodb} (a URI without database).
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedInfrastructure instance;

    private final String kafkaBootstrap;
    private final String mongoBase;

    private EmbeddedInfrastructure(String kafkaBootstrap, String mongoBase) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoBase = mongoBase;
    }

    public static synchronized EmbeddedInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static EmbeddedInfrastructure start() {
        String kafka = System.getProperty("pantau.test.kafka");
        String mongo = System.getProperty("pantau.test.mongodb");
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.afterPropertiesSet();
            kafka = broker.getBrokersAsString();
            // Boot's shutdown handlers run after the test contexts are closed; a plain JVM hook races with them
            SpringApplication.getShutdownHandlers().add(broker::destroy);
        }
        if (mongo == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            mongo = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
            SpringApplication.getShutdownHandlers().add(server::shutdownNow);
        }
        return new EmbeddedInfrastructure(kafka, mongo);
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String mongoUri(String database) {
        return mongoBase + "/" + database;
    }
}
