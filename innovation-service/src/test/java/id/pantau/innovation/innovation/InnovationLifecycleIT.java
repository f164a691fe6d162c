package id.pantau.innovation.innovation;

import id.pantau.testing.UseEmbeddedInfrastructure;

/** On the Kafka broker and MongoDB wire server that the local stack uses. */
@UseEmbeddedInfrastructure
class InnovationLifecycleIT extends AbstractInnovationLifecycleIT {
}
