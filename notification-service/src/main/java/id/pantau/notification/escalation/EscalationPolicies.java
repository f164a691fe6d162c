package id.pantau.notification.escalation;

import id.pantau.calendar.WorkingCalendar;
import id.pantau.events.RegionCode;
import id.pantau.notification.NotificationProperties;
import java.util.List;
import org.springframework.stereotype.Component;

/** The escalation policy of each region: its own settings, else its province's, else the defaults. */
@Component
public class EscalationPolicies {

    private final NotificationProperties.Escalation settings;
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    EscalationPolicies(NotificationProperties properties) {
        this.settings = properties.escalation();
    }

    public EscalationPolicy of(String regionCode) {
        NotificationProperties.RegionEscalation own = settings.regions().get(regionCode);
        NotificationProperties.RegionEscalation province = settings.regions()
                .get(new RegionCode(regionCode).province().value());
        return new EscalationPolicy(
                first(own == null ? null : own.workingDays(), province == null ? null : province.workingDays(),
                        settings.workingDays()),
                first(own == null ? null : own.zone(), province == null ? null : province.zone(), settings.zone())
                        .zoneId(),
                settings.officeStart(), calendar);
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null && !(candidate instanceof List<?> list && list.isEmpty())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no escalation setting");
    }
}
