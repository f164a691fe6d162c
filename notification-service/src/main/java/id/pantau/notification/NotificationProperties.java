package id.pantau.notification;

import java.net.URI;
import id.pantau.calendar.IndonesianZone;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
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
 * @param escalation   when unacknowledged alerts go up a level, by default and per region
 * @param telegram     the Telegram bot that writes to TELEGRAM recipients
 * @param digest       when and how the daily digest of DIGEST recipients is written
 * @param officeHours  when immediate messages may reach people, by default and per region
 */
@ConfigurationProperties("pantau.notification")
public record NotificationProperties(
        @DefaultValue("pantau-inovasi@localhost") String mailFrom,
        @DefaultValue("http://127.0.0.1:8084") URI dashboardUrl,
        @DefaultValue("Asia/Jakarta") ZoneId timeZone,
        Map<String, String> regionNames,
        @DefaultValue Delivery delivery,
        @DefaultValue("90d") Duration silenceMaxDuration,
        @DefaultValue Escalation escalation,
        @DefaultValue Telegram telegram,
        @DefaultValue Digest digest,
        @DefaultValue OfficeHours officeHours) {

    public NotificationProperties {
        regionNames = regionNames == null ? Map.of() : Map.copyOf(regionNames);
    }

    /**
     * @param pollInterval   how often pending notices and due retries are looked for
     * @param maxAttempts    how many times one message is tried before it is given up (and stays FAILED)
     * @param firstRetry     the wait after the first failed attempt; each further failure doubles it
     * @param maxRetry       the longest wait between two attempts
     * @param jitter         how far a wait is spread, as a share of it (0.2: ± 20%)
     * @param lease          how long a claimed message is kept from other senders while it is being sent
     * @param webhookTimeout how long a webhook's receiver has to connect and to answer
     * @param secretOverlap  how long a rotated-out webhook secret keeps signing beside the new one
     */
    public record Delivery(
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("12") int maxAttempts,
            @DefaultValue("1m") Duration firstRetry,
            @DefaultValue("1h") Duration maxRetry,
            @DefaultValue("0.2") double jitter,
            @DefaultValue("5m") Duration lease,
            @DefaultValue("10s") Duration webhookTimeout,
            @DefaultValue("24h") Duration secretOverlap) {
    }

    /**
     * @param workingDays  the working days an unacknowledged alert stays at level 1, then at level 2
     * @param zone         the time zone working days are counted in
     * @param officeStart  when counting starts for a level reached outside a working day
     * @param pollInterval how often due escalations are looked for
     * @param regions      the settings of regions that differ, by Kemendagri code; a kabupaten/kota without
     *                     its own takes its province's
     */
    public record Escalation(
            @DefaultValue({"3", "5"}) List<Integer> workingDays,
            @DefaultValue("WIB") IndonesianZone zone,
            @DefaultValue("08:00") LocalTime officeStart,
            @DefaultValue("1m") Duration pollInterval,
            Map<String, RegionEscalation> regions) {

        public Escalation {
            regions = regions == null ? Map.of() : Map.copyOf(regions);
        }
    }

    /**
     * @param baseUrl  the Bot API's address (tests point it at a local stub)
     * @param botToken the bot's token: a secret, from the environment, never in the repository; without it
     *                 Telegram messages fail and are retried until it is set
     */
    public record Telegram(@DefaultValue("https://api.telegram.org") URI baseUrl, String botToken) {
    }

    /**
     * @param time         the local time (in the region's zone) of each working day's digest
     * @param maxLines     the most alerts one digest lists; the rest are counted and left to the dashboard
     * @param pollInterval how often due digests are looked for
     * @param regions      a region's own digest time, by Kemendagri code; a kabupaten/kota without its own takes
     *                     its province's
     */
    public record Digest(
            @DefaultValue("08:00") LocalTime time,
            @DefaultValue("50") int maxLines,
            @DefaultValue("1m") Duration pollInterval,
            Map<String, LocalTime> regions) {

        public Digest {
            regions = regions == null ? Map.of() : Map.copyOf(regions);
        }
    }

    /**
     * @param enabled whether immediate messages wait for office hours at all
     * @param start   when offices open on a working day, in the region's zone
     * @param end     when they close
     * @param regions a region's own office hours, by Kemendagri code (a kabupaten/kota without its own takes its
     *                province's); what a region leaves out comes from these defaults
     */
    public record OfficeHours(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("07:30") LocalTime start,
            @DefaultValue("16:00") LocalTime end,
            Map<String, RegionOfficeHours> regions) {

        public OfficeHours {
            regions = regions == null ? Map.of() : Map.copyOf(regions);
        }
    }

    /** A region's own office hours; {@code enabled=false} lets immediate messages go out at any hour. */
    public record RegionOfficeHours(Boolean enabled, LocalTime start, LocalTime end) {
    }

    /** A region's own escalation settings; what it leaves out comes from the defaults. */
    public record RegionEscalation(IndonesianZone zone, List<Integer> workingDays) {
    }

    /** "Kota Bandung 32.73", or the bare code when its name is not configured. */
    public String regionLabel(String regionCode) {
        String name = regionNames.get(regionCode);
        return name == null ? regionCode : name + " " + regionCode;
    }
}
