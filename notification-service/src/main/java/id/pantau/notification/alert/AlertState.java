package id.pantau.notification.alert;

public enum AlertState {
    OPEN,
    /** Someone follows it up ("ditindaklanjuti"); it is still open: repeats update it, recovery resolves it. */
    ACKNOWLEDGED,
    RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
