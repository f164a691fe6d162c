package id.pantau.notification.delivery;

public enum DeliveryStatus {
    /** Planned, not tried yet. */
    PENDING,
    SENT,
    /** The last attempt failed; tried again at {@code nextAttemptAt}, or given up when that is empty. */
    FAILED,
    /** Held back by a silence and never sent; the record says which silence. */
    SILENCED,
    /** Kept for the recipient's next daily digest; never sent on its own. */
    FOR_DIGEST,
    /** Listed in the digest named by {@code digestId}. */
    IN_DIGEST
}
