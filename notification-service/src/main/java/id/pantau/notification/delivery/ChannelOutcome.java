package id.pantau.notification.delivery;

/** What one attempt came to: sent, failed (tried again later), or gone (the receiver asked to be left alone). */
record ChannelOutcome(Status status, String error) {

    enum Status {
        SENT,
        FAILED,
        /** A webhook answered 410 Gone: no more attempts, and the recipient is disabled. */
        GONE
    }

    static ChannelOutcome sent() {
        return new ChannelOutcome(Status.SENT, null);
    }

    static ChannelOutcome failed(String error) {
        return new ChannelOutcome(Status.FAILED, error);
    }

    static ChannelOutcome gone(String error) {
        return new ChannelOutcome(Status.GONE, error);
    }
}
