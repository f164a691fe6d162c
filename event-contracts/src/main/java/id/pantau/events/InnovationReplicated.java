package id.pantau.events;

import java.time.Instant;

/** Keyed by the source innovation; the replica announces itself with its own InnovationRegistered. */
public record InnovationReplicated(
        String innovationId,
        String regionCode,
        String opdCode,
        String replicaId,
        String adopterRegionCode,
        String adopterOpdCode,
        Instant replicatedAt) implements PantauEvent {
}
