package id.pantau.sample;

import id.pantau.testing.UseEmbeddedInfrastructure;

/** On the Kafka broker and MongoDB wire server that the local stack uses. */
@UseEmbeddedInfrastructure
class SecurityIT extends AbstractSecurityIT {
}
