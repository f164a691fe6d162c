package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void withoutArgumentsKeepsDataLoadsDemoAndRunsEmbeddedKafkaAndMongo() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of());

        assertThat(options.fresh()).isFalse();
        assertThat(options.demo()).isTrue();
        assertThat(options.help()).isFalse();
        assertThat(options.externalKafka()).isNull();
        assertThat(options.externalMongo()).isNull();
    }

    @Test
    void freshAndNoDemoAreFlags() {
        LaunchOptions options = LaunchOptions.parse(List.of("--no-demo", "--fresh"), Map.of());

        assertThat(options.fresh()).isTrue();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void helpIsAskedWithEitherSpelling() {
        assertThat(LaunchOptions.parse(List.of("--help"), Map.of()).help()).isTrue();
        assertThat(LaunchOptions.parse(List.of("-h"), Map.of()).help()).isTrue();
    }

    @Test
    void unknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--frsh"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--frsh");
    }

    @Test
    void environmentPointsAtExternalKafkaAndMongo() {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of(
                "PANTAU_KAFKA_BOOTSTRAP", "kafka.example:9092",
                "PANTAU_MONGODB_URI", " mongodb://mongo.example:27017/?replicaSet=rs0 "));

        assertThat(options.externalKafka()).isEqualTo("kafka.example:9092");
        assertThat(options.externalMongo()).isEqualTo("mongodb://mongo.example:27017/?replicaSet=rs0");
    }

    @Test
    void blankEnvironmentVariablesMeanEmbedded() {
        LaunchOptions options = LaunchOptions.parse(List.of(),
                Map.of("PANTAU_KAFKA_BOOTSTRAP", "", "PANTAU_MONGODB_URI", "  "));

        assertThat(options.externalKafka()).isNull();
        assertThat(options.externalMongo()).isNull();
    }
}
