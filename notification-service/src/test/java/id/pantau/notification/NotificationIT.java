package id.pantau.notification;

import id.pantau.testing.UseEmbeddedInfrastructure;

/** On a real Kafka broker (KRaft) and the MongoDB wire-protocol server, started in this test JVM. */
@UseEmbeddedInfrastructure
class NotificationIT extends AbstractNotificationIT {
}
