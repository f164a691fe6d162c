package id.pantau.defaults.outbox;

import id.pantau.testing.EmbeddedInfrastructure;

/** On the Kafka broker that the tests and the local stack use. */
class FreshTopicsIT extends AbstractFreshTopicsIT {

    @Override
    String bootstrapServers() {
        return EmbeddedInfrastructure.get().kafkaBootstrap();
    }
}
