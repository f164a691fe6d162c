package id.pantau.defaults.outbox;

import id.pantau.testing.EmbeddedInfrastructure;

/** On the MongoDB wire server that the tests and the local stack use. */
class OutboxRemovalIT extends AbstractOutboxRemovalIT {

    @Override
    String mongoUri() {
        return EmbeddedInfrastructure.get().mongoUri("outbox-removal");
    }
}
