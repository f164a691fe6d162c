package id.pantau.defaults.outbox;

import id.pantau.testing.PantauContainers;
import org.testcontainers.junit.jupiter.Testcontainers;

/** On MongoDB in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class OutboxRemovalContainersIT extends AbstractOutboxRemovalIT {

    @Override
    String mongoUri() {
        if (!PantauContainers.MONGO.isRunning()) {
            PantauContainers.MONGO.start();
        }
        return PantauContainers.MONGO.getConnectionString() + "/outbox-removal";
    }
}
