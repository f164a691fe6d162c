package id.pantau.notification.alert;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.events.PantauEvent;

/**
 * The outcome of applying something to an alert: the alert as it is now, the event that announces the change
 * (null when there is none to publish), the notice for the recipients (null when nobody is to be told) and,
 * for a change a caller made through the API, its audit entry (null for what monitoring reported).
 * {@code changed} is false when there is nothing to write, e.g. for a redelivered event.
 */
public record AlertChange(Alert alert, PantauEvent event, Notice notice, AuditEntry audit, boolean changed) {

    static AlertChange unchanged(Alert alert) {
        return new AlertChange(alert, null, null, null, false);
    }

    static AlertChange of(Alert alert, PantauEvent event, Notice notice) {
        return new AlertChange(alert, event, notice, null, true);
    }

    /** The same change, to be written with the audit entry of the caller who made it. */
    AlertChange audited(AuditEntry entry) {
        return new AlertChange(alert, event, notice, entry, changed);
    }
}
