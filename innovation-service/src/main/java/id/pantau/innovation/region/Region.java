package id.pantau.innovation.region;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.RegionLevel;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A province or kabupaten/kota of the directory, identified by its Kemendagri code. Its {@code outbox}
 * carries the audit entry of its registration to the audit trail, written in the same insert.
 */
@Document("regions")
public record Region(
        @Id String code,
        String name,
        RegionLevel level,
        @Indexed String parentCode,
        String timeZone,
        Instant registeredAt,
        List<OutboxEvent> outbox) {

    /** This region carrying the audit entry of its change, to be written with it. */
    Region audited(AuditEntry entry) {
        return new Region(code, name, level, parentCode, timeZone, registeredAt, List.of(entry.toOutbox()));
    }
}
