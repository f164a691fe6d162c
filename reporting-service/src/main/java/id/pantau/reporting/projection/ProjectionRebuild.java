package id.pantau.reporting.projection;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One rebuild of the projections, as {@code GET /api/v1/projections/rebuild/{id}} shows it.
 *
 * @param version         the version of the collections it fills
 * @param previousVersion the version that served while it ran, dropped once it switched
 * @param endOffsets      per topic, the sum of its partitions' end offsets when the rebuild started: what it
 *                        replays before it follows what arrived meanwhile
 * @param lag             per topic, end offset − offset replayed, as of the last poll
 * @param events          the events applied so far
 */
@Document(ProjectionRebuild.COLLECTION)
public record ProjectionRebuild(@Id String rebuildId, long version, long previousVersion, State state,
                                Instant startedAt, Map<String, Long> endOffsets, Map<String, Long> lag, long events,
                                Instant switchedAt, Instant finishedAt, String failure) {

    static final String COLLECTION = "projection_rebuilds";

    public enum State {
        /** Replaying into the new collections while the previous ones serve. */
        REPLAYING,
        /** Readers use the new collections; following the last events and dropping the old ones. */
        SWITCHED,
        COMPLETED,
        /** Stopped: without {@code switchedAt} the previous collections still serve, with it the new ones. */
        FAILED
    }

    ProjectionRebuild replaying(Map<String, Long> lag, long events) {
        return new ProjectionRebuild(rebuildId, version, previousVersion, state, startedAt, endOffsets, lag, events,
                switchedAt, finishedAt, failure);
    }

    ProjectionRebuild switched(Instant at) {
        return new ProjectionRebuild(rebuildId, version, previousVersion, State.SWITCHED, startedAt, endOffsets, lag,
                events, at, finishedAt, failure);
    }

    ProjectionRebuild completed(Instant at) {
        return new ProjectionRebuild(rebuildId, version, previousVersion, State.COMPLETED, startedAt, endOffsets, lag,
                events, switchedAt, at, failure);
    }

    ProjectionRebuild failed(Instant at, String reason) {
        return new ProjectionRebuild(rebuildId, version, previousVersion, State.FAILED, startedAt, endOffsets, lag,
                events, switchedAt, at, reason);
    }
}
