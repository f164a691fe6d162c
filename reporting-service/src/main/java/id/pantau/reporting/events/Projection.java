package id.pantau.reporting.events;

import id.pantau.events.PantauEvent;

/**
 * A read model kept from the events of all topics. Every projection sees every event, in the order of its topic
 * partition but in any order across topics, at least once: applying an event must be an idempotent upsert,
 * so that replaying the topics from the beginning rebuilds the same read model.
 */
public interface Projection {

    void apply(PantauEvent event);
}
