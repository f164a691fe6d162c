package id.pantau.notification.recipient;

/**
 * How a recipient is reached: email (the formal record), a webhook signed per Standard Webhooks (other
 * government systems) or Telegram (short nudges with a link).
 */
public enum Channel {
    EMAIL,
    WEBHOOK,
    TELEGRAM
}
