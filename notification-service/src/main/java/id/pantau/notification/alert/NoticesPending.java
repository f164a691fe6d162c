package id.pantau.notification.alert;

/** Published in the application after an alert write that left a notice, so that delivery starts right away. */
public record NoticesPending(String alertId) {
}
