package id.pantau.notification.delivery;

/**
 * What one delivery carries: an email's subject, plain text and HTML; a Telegram nudge's subject and text; or a
 * webhook's event type and JSON payload (no HTML for either).
 */
public record Message(String subject, String body, String html) {

    public Message(String subject, String body) {
        this(subject, body, null);
    }
}
