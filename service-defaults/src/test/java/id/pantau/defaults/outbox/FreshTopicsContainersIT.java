package id.pantau.defaults.outbox;

import id.pantau.testing.PantauContainers;
import org.testcontainers.junit.jupiter.Testcontainers;

/** On Kafka in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class FreshTopicsContainersIT extends AbstractFreshTopicsIT {

    @Override
    String bootstrapServers() {
        if (!PantauContainers.KAFKA.isRunning()) {
            PantauContainers.KAFKA.start();
        }
        return PantauContainers.KAFKA.getBootstrapServers();
    }
}
