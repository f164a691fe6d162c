package id.pantau.notification.recipient;

/** Whether a recipient is told of each alert as it happens or once a working day, in a digest. */
public enum DeliveryMode {
    IMMEDIATE,
    DIGEST;

    /** People read email once a day; machines and chats are told at once. */
    static DeliveryMode defaultFor(Channel channel) {
        return channel == null || channel == Channel.EMAIL ? DIGEST : IMMEDIATE;
    }
}
