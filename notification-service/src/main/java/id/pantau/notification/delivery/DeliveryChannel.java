package id.pantau.notification.delivery;

import id.pantau.notification.recipient.Channel;

/** One way of sending a planned delivery; attempts, retries and records are the sender's business. */
interface DeliveryChannel {

    Channel channel();

    /** The metric prefix of this channel's counters, e.g. {@code pantau.notification.mails}. */
    String metric();

    /** One attempt; never throws for the receiver's failures, which it reports as the outcome. */
    ChannelOutcome send(Delivery delivery);
}
