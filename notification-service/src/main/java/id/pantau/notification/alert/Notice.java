package id.pantau.notification.alert;

import id.pantau.events.Severity;
import java.time.Instant;
import java.util.UUID;

/**
 * Something about an alert that people must be told, stored with the alert in the same write (like the
 * outbox) and turned into deliveries afterwards, so that a crash or an SMTP outage never loses it.
 */
public record Notice(String id, Kind kind, Severity severity, Instant at) {

    public enum Kind {
        RAISED,
        /** The severity rose, e.g. AMBER to RED. */
        SEVERITY_RAISED,
        /** Unacknowledged in time: the alert went up a level, to that level's recipients. */
        ESCALATED,
        /** Back on track: the alert resolved itself. */
        RECOVERED
    }

    static Notice of(Kind kind, Severity severity, Instant at) {
        return new Notice(UUID.randomUUID().toString(), kind, severity, at);
    }
}
