package id.pantau.reporting.actionplan;

import id.pantau.testing.UseEmbeddedInfrastructure;

/** On the Kafka broker and MongoDB wire server that the local stack uses. */
@UseEmbeddedInfrastructure
class ActionPlanIT extends AbstractActionPlanIT {
}
