package id.pantau.innovation.innovation;

import id.pantau.testing.PantauContainers;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.testcontainers.junit.jupiter.Testcontainers;

/** On real Kafka and MongoDB containers; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@ImportTestcontainers(PantauContainers.class)
class InnovationLifecycleContainersIT extends AbstractInnovationLifecycleIT {
}
