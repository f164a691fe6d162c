package id.pantau.events;

/**
 * An event one service publishes about an innovation. Every event is keyed by its innovation id, so all
 * events of one innovation land in one partition, in order, and carries the region code so that every
 * consumer can scope what it keeps.
 */
public interface PantauEvent {

    String innovationId();

    String regionCode();
}
