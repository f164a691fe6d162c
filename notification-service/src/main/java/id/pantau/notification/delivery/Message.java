package id.pantau.notification.delivery;

/** What one delivery carries: an email's subject and plain text, or a webhook's event type and JSON payload. */
public record Message(String subject, String body) {
}
