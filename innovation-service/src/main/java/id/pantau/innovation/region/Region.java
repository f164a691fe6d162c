package id.pantau.innovation.region;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.RegionLevel;
import id.pantau.events.RegionRegistered;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A province or kabupaten/kota of the directory, identified by its Kemendagri code. The regions of the official
 * list arrive inactive, with the decree they come from as {@code source}; a region takes part (its OPDs and
 * innovations can be registered) once it is active: switched on by its province, or registered by hand with a
 * code the list does not hold yet ({@code source} null). Its {@code outbox} carries its RegionRegistered event
 * and the audit entries of changes made through the API, written in the same write as the change.
 */
@Document("regions")
public record Region(
        @Id String code,
        String name,
        RegionLevel level,
        @Indexed String parentCode,
        String timeZone,
        boolean active,
        String source,
        Instant registeredAt,
        Instant activatedAt,
        List<OutboxEvent> outbox) {

    /** A region of the official list, inactive until its province switches it on. */
    static Region listed(OfficialRegion official, String decree, Instant now) {
        Region region = new Region(official.code(), official.name(), official.level(), official.parentCode(),
                official.timeZone().zoneId(), false, decree, now, null, List.of());
        return region.announced();
    }

    /** A region registered by hand: active at once. */
    static Region registered(String code, String name, RegionLevel level, String parentCode, String timeZone,
                             Instant now) {
        return new Region(code, name, level, parentCode, timeZone, true, null, now, now, List.of());
    }

    /** This region carrying its RegionRegistered event, after what it carried already. */
    Region announced() {
        return with(OutboxEvent.of(new RegionRegistered(code, name, level, parentCode, timeZone, registeredAt)));
    }

    /** This region carrying the audit entry of its change, after what it carried already. */
    Region audited(AuditEntry entry) {
        return with(entry.toOutbox());
    }

    /** This region switched on at {@code now}, with nothing pending in its outbox. */
    Region activated(Instant now) {
        return new Region(code, name, level, parentCode, timeZone, true, source, registeredAt, now, List.of());
    }

    /** This region switched off: no longer active nor activated, with nothing pending in its outbox. */
    Region deactivated() {
        return new Region(code, name, level, parentCode, timeZone, false, source, registeredAt, null, List.of());
    }

    private Region with(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox);
        pending.add(event);
        return new Region(code, name, level, parentCode, timeZone, active, source, registeredAt, activatedAt,
                List.copyOf(pending));
    }
}
