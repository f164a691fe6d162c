package id.pantau.notification.alert;

import java.time.Instant;

/**
 * One entry of an alert's history: what happened, who did it (the opaque subject id of a caller, or "system"),
 * when, and why.
 */
public record AlertTransition(Kind kind, String by, Instant at, String comment) {

    public static final String SYSTEM = "system";

    public enum Kind {
        OPENED,
        /** A repeat came with a worse severity (AMBER to RED). */
        SEVERITY_RAISED,
        /** Unacknowledged for the region's working days: it went up a level. */
        ESCALATED,
        ACKNOWLEDGED,
        RESOLVED
    }
}
