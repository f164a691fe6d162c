package id.pantau.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MongoUriTest {

    @Test
    void addsTheDatabaseToAServerUri() {
        assertThat(MongoUri.withDatabase("mongodb://127.0.0.1:27017", "pantau-innovation"))
                .isEqualTo("mongodb://127.0.0.1:27017/pantau-innovation");
    }

    @Test
    void replacesADatabaseAlreadyInTheUri() {
        assertThat(MongoUri.withDatabase("mongodb://127.0.0.1:27017/test", "pantau-reporting"))
                .isEqualTo("mongodb://127.0.0.1:27017/pantau-reporting");
    }

    @Test
    void keepsCredentialsHostsAndOptions() {
        assertThat(MongoUri.withDatabase("mongodb://user:secret@h1:27017,h2:27017/?replicaSet=rs0&authSource=admin",
                "pantau-monitoring"))
                .isEqualTo("mongodb://user:secret@h1:27017,h2:27017/pantau-monitoring?replicaSet=rs0&authSource=admin");
    }

    @Test
    void keepsTheSrvScheme() {
        assertThat(MongoUri.withDatabase("mongodb+srv://cluster.example.net/?retryWrites=true", "pantau-notification"))
                .isEqualTo("mongodb+srv://cluster.example.net/pantau-notification?retryWrites=true");
    }

    @Test
    void refusesSomethingThatIsNotAConnectionString() {
        assertThatThrownBy(() -> MongoUri.withDatabase("localhost:27017", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
