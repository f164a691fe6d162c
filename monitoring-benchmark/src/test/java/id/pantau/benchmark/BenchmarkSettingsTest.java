package id.pantau.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {

    @AfterEach
    void forget() {
        System.clearProperty("benchmark.mongodb");
    }

    @Test
    void anEmptyMongodbPropertyAsTheProfilePassesItByDefaultMeansTheWireServer() {
        System.setProperty("benchmark.mongodb", "");

        assertThat(BenchmarkSettings.fromSystemProperties().mongodb()).isNull();
    }

    @Test
    void aGivenMongodbServerIsKeptWithoutSurroundingSpace() {
        System.setProperty("benchmark.mongodb", " mongodb://10.0.0.5:27017 ");

        assertThat(BenchmarkSettings.fromSystemProperties().mongodb()).isEqualTo("mongodb://10.0.0.5:27017");
    }
}
