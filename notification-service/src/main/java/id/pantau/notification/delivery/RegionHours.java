package id.pantau.notification.delivery;

import id.pantau.calendar.WorkingCalendar;
import id.pantau.events.RegionCode;
import id.pantau.notification.NotificationProperties;
import id.pantau.notification.escalation.EscalationPolicies;
import id.pantau.notification.recipient.Recipient;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The office hours and digest time of each region, in its own time zone (the zone escalation counts in): a
 * region's own settings, else its province's, else the defaults.
 */
@Component
class RegionHours {

    private final NotificationProperties.OfficeHours officeHours;
    private final NotificationProperties.Digest digest;
    private final EscalationPolicies zones;
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    RegionHours(NotificationProperties properties, EscalationPolicies zones) {
        this.officeHours = properties.officeHours();
        this.digest = properties.digest();
        this.zones = zones;
    }

    /** When an immediate message to the recipient may first be tried: now, or its region's next office opening. */
    Instant notBefore(Recipient recipient, Instant now) {
        return recipient.preferences().outsideOfficeHours() ? now : officeHours(recipient.regionCode()).nextOpen(now);
    }

    OfficeHoursPolicy officeHours(String regionCode) {
        NotificationProperties.RegionOfficeHours own = officeHours.regions().get(regionCode);
        NotificationProperties.RegionOfficeHours province = officeHours.regions().get(province(regionCode));
        Boolean enabled = first(own == null ? null : own.enabled(), province == null ? null : province.enabled(),
                officeHours.enabled());
        return new OfficeHoursPolicy(enabled,
                first(own == null ? null : own.start(), province == null ? null : province.start(), officeHours.start()),
                first(own == null ? null : own.end(), province == null ? null : province.end(), officeHours.end()),
                zone(regionCode), calendar);
    }

    DigestSchedule digest(String regionCode) {
        LocalTime time = first(digest.regions().get(regionCode), digest.regions().get(province(regionCode)),
                digest.time());
        return new DigestSchedule(time, zone(regionCode), calendar);
    }

    ZoneId zone(String regionCode) {
        return zones.of(regionCode).zone();
    }

    private static String province(String regionCode) {
        return new RegionCode(regionCode).province().value();
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("no setting");
    }
}
