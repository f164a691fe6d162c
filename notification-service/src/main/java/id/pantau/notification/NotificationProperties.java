package id.pantau.notification;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of notification-service.
 *
 * @param mailFrom     the sender address of every email
 * @param dashboardUrl the base of the links in messages (the reporting dashboard)
 * @param timeZone     the zone the times in messages are written in
 * @param regionNames  names of regions by Kemendagri code, for labels; a code without a name is shown as is
 * @param delivery     how mails are sent and retried
 * @param silenceMaxDuration the longest a silence may last: silences are time-boxed
 */
@ConfigurationProperties("pantau.notification")
public record NotificationProperties(
        @DefaultValue("pantau-inovasi@localhost") String mailFrom,
        @DefaultValue("http://127.0.0.1:8084") URI dashboardUrl,
        @DefaultValue("Asia/Jakarta") ZoneId timeZone,
        Map<String, String> regionNames,
        @DefaultValue Delivery delivery,
        @DefaultValue("90d") Duration silenceMaxDuration) {

    public NotificationProperties {
        regionNames = regionNames == null ? Map.of() : Map.copyOf(regionNames);
    }

    /**
     * @param pollInterval how often pending notices and due retries are looked for
     * @param maxAttempts  how many times one mail is tried before it is given up (and stays FAILED)
     * @param firstRetry   the wait after the first failed attempt; each further failure doubles it
     * @param maxRetry     the longest wait between two attempts
     * @param lease        how long a claimed mail is kept from other senders while it is being sent
     */
    public record Delivery(
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("12") int maxAttempts,
            @DefaultValue("1m") Duration firstRetry,
            @DefaultValue("1h") Duration maxRetry,
            @DefaultValue("5m") Duration lease) {
    }

    /** "Kota Bandung 32.73", or the bare code when its name is not configured. */
    public String regionLabel(String regionCode) {
        String name = regionNames.get(regionCode);
        return name == null ? regionCode : name + " " + regionCode;
    }
}
