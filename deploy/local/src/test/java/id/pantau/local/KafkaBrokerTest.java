package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static Properties parse(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    @Test
    void oneNodeIsBrokerAndControllerWithAStaticQuorumOnTheControllerPort() throws IOException {
        Properties properties = parse(KafkaBroker.serverProperties(19092, 19093, Path.of("/data/kafka")));

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("node.id")).isEqualTo("1");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(properties.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
    }

    @Test
    void clientsConnectOnLoopbackAtTheBrokerPort() throws IOException {
        Properties properties = parse(KafkaBroker.serverProperties(19092, 19093, Path.of("/data/kafka")));

        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
    }

    @Test
    void internalTopicsFitASingleBrokerAndTopicsAreCreatedOnFirstUse() throws IOException {
        Properties properties = parse(KafkaBroker.serverProperties(9092, 9093, Path.of("/data/kafka")));

        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(properties.getProperty("num.partitions")).isEqualTo("3");
        assertThat(properties.getProperty("auto.create.topics.enable")).isEqualTo("true");
    }

    @Test
    void dataGoesToTheGivenFolderAndIsKeptWithoutTimeLimit() throws IOException {
        Path dataDir = Path.of("/work/main/.pantau/kafka/data");

        Properties properties = parse(KafkaBroker.serverProperties(9092, 9093, dataDir));

        assertThat(properties.getProperty("log.dirs")).isEqualTo(dataDir.toString());
        assertThat(properties.getProperty("log.retention.ms")).isEqualTo("-1");
    }

    @Test
    void backslashesInTheDataPathAreEscaped() throws IOException {
        Path dataDir = Path.of("/data/odd\\name");

        Properties properties = parse(KafkaBroker.serverProperties(9092, 9093, dataDir));

        assertThat(properties.getProperty("log.dirs")).isEqualTo("/data/odd\\name");
    }
}
