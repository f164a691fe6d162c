package id.pantau.notification.recipient;

/** How a recipient is reached: email (the formal record) or a webhook signed per Standard Webhooks. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
