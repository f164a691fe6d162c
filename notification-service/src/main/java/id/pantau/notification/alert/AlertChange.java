package id.pantau.notification.alert;

import id.pantau.events.PantauEvent;

/**
 * The outcome of applying something to an alert: the alert as it is now, the event that announces the change
 * (null when there is none to publish) and the notice for the recipients (null when nobody is to be told).
 * {@code changed} is false when there is nothing to write, e.g. for a redelivered event.
 */
public record AlertChange(Alert alert, PantauEvent event, Notice notice, boolean changed) {

    static AlertChange unchanged(Alert alert) {
        return new AlertChange(alert, null, null, false);
    }

    static AlertChange of(Alert alert, PantauEvent event, Notice notice) {
        return new AlertChange(alert, event, notice, true);
    }
}
