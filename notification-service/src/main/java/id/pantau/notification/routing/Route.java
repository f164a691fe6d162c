package id.pantau.notification.routing;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.pantau.events.RegionCode;
import id.pantau.events.Severity;
import id.pantau.notification.alert.Alert;
import id.pantau.events.AlertRule;
import id.pantau.notification.recipient.RecipientRole;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A routing rule: which recipient roles are told of the alerts it matches. It matches alerts of its region (a
 * province rule covers its kabupaten/kota) and, where given, of its OPD, of at least its severity and of one
 * of its rules. {@code continueMatching} lets the walk go on after it matched (a copy to Bappeda). Removal is
 * soft: the rule stays on record, inactive.
 */
@Document("routes")
@CompoundIndex(name = "region_active", def = "{'regionCode': 1, 'active': 1}")
@CompoundIndex(name = "province_active", def = "{'provinceCode': 1, 'active': 1}")
public record Route(
        @Id String id,
        String regionCode,
        String provinceCode,
        int position,
        String opdCode,
        Severity minSeverity,
        List<AlertRule> rules,
        List<RecipientRole> receivers,
        @JsonProperty("continue") boolean continueMatching,
        String createdBy,
        Instant createdAt,
        boolean active,
        Instant removedAt) {

    static Route create(String id, NewRoute request, String createdBy, Instant now) {
        RegionCode region = new RegionCode(request.regionCode());
        return new Route(id, region.value(), region.province().value(),
                request.position() == null ? 0 : request.position(),
                request.opdCode() == null || request.opdCode().isBlank() ? null : request.opdCode().trim(),
                request.minSeverity(), request.rules() == null ? List.of() : List.copyOf(request.rules()),
                List.copyOf(request.receivers()), Boolean.TRUE.equals(request.continueMatching()), createdBy, now,
                true, null);
    }

    /** Whether the rule takes this alert, for a message of this severity. */
    public boolean matches(Alert alert, Severity severity) {
        return new RegionCode(regionCode).covers(new RegionCode(alert.regionCode()))
                && (opdCode == null || opdCode.equals(alert.opdCode()))
                && (minSeverity == null || severity.compareTo(minSeverity) >= 0)
                && (rules == null || rules.isEmpty() || rules.contains(alert.rule()));
    }
}
