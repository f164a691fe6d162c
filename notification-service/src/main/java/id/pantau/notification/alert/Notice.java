package id.pantau.notification.alert;

import id.pantau.events.Severity;
import java.time.Instant;
import java.util.UUID;

/**
 * Something about an alert that people must be told, stored with the alert in the same write (like the
 * outbox) and turned into deliveries afterwards, so that a crash or an SMTP outage never loses it.
 *
 * @param level the level the alert was at with this notice; null for notices stored before it was kept
 */
public record Notice(String id, Kind kind, Severity severity, Instant at, Integer level) {

    public enum Kind {
        RAISED,
        /** The severity rose, e.g. AMBER to RED. */
        SEVERITY_RAISED,
        /** Unacknowledged in time: the alert went up a level, to that level's recipients. */
        ESCALATED,
        /** Back on track: the alert resolved itself. */
        RECOVERED
    }

    /** @param level the level the alert was at with this notice (an escalation's: the level it reached) */
    static Notice of(Kind kind, Severity severity, Instant at, int level) {
        return new Notice(UUID.randomUUID().toString(), kind, severity, at, level);
    }

    /**
     * The level the alert was at with this notice, not the one it has when the notice is planned: an alert that
     * escalated twice before its notices were planned tells each level of its own escalation. Notices stored
     * before the level was kept take the alert's.
     */
    public int levelOr(Alert alert) {
        return level != null ? level : alert.level();
    }
}
