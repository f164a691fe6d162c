package id.pantau.events;

/**
 * An event one service publishes. Every event carries the region code, so that every consumer can scope what
 * it keeps, and is keyed ({@link #key()}) by its innovation id, so all events of one innovation land in one
 * partition, in order. Directory events (a region or an OPD registered) are about no innovation: they have no
 * innovation id and are keyed by their region code.
 */
public interface PantauEvent {

    /** The innovation this event is about; null for a directory event. */
    String innovationId();

    String regionCode();

    /** The Kafka record key and CloudEvents subject. */
    default String key() {
        return innovationId();
    }
}
