package id.pantau.notification.routing;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.pantau.events.Severity;
import id.pantau.events.AlertRule;
import id.pantau.notification.recipient.RecipientRole;
import java.time.Instant;
import java.util.List;

/** A routing rule as the API shows it; removed rules are not shown. */
public record RouteView(String id, String regionCode, int position, String opdCode, Severity minSeverity,
                        List<AlertRule> rules, List<RecipientRole> receivers,
                        @JsonProperty("continue") boolean continueMatching, String createdBy, Instant createdAt) {

    static RouteView of(Route route) {
        return new RouteView(route.id(), route.regionCode(), route.position(), route.opdCode(), route.minSeverity(),
                route.rules(), route.receivers(), route.continueMatching(), route.createdBy(), route.createdAt());
    }
}
