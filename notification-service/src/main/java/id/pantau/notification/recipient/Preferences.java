package id.pantau.notification.recipient;

import id.pantau.events.Severity;

/**
 * How a recipient wants to be told.
 *
 * @param language           the language of its messages
 * @param delivery           each message at once, or one digest per working day
 * @param immediateFor       for a digest recipient, the severity from which an alert still goes out at once
 *                           (RED: critical alerts do not wait for the digest); null when nothing does
 * @param outsideOfficeHours whether immediate messages may reach it outside the region's office hours
 */
public record Preferences(Language language, DeliveryMode delivery, Severity immediateFor, boolean outsideOfficeHours) {

    /** What a recipient stored before these preferences existed reads as. */
    public static Preferences defaults(Channel channel) {
        return new Preferences(Language.ID, DeliveryMode.defaultFor(channel), null, false);
    }

    /** Whether the recipient gets a daily digest (which lists every alert it is told of, at once or not). */
    public boolean digest() {
        return delivery == DeliveryMode.DIGEST;
    }

    /** Whether a message of this severity goes out at once (a digest recipient's also stays for its digest). */
    public boolean immediate(Severity severity) {
        return delivery == DeliveryMode.IMMEDIATE
                || immediateFor != null && severity != null && severity.compareTo(immediateFor) >= 0;
    }
}
