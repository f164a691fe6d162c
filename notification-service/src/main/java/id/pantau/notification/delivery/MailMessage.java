package id.pantau.notification.delivery;

/** The text of an email: a subject line and a plain-text body. */
public record MailMessage(String subject, String body) {
}
