package id.pantau.innovation.opd;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.OpdRegistered;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A regional work unit (Organisasi Perangkat Daerah); its SIPD code is unique only within its region. Its
 * {@code outbox} carries its OpdRegistered event and the audit entry of its registration, written in the same
 * insert.
 */
@Document("opds")
@CompoundIndex(name = "region_code", def = "{'regionCode': 1, 'code': 1}", unique = true)
public record Opd(
        @Id String id,
        String regionCode,
        String code,
        String name,
        String shortName,
        OpdKind kind,
        String parentCode,
        boolean active,
        Instant registeredAt,
        List<OutboxEvent> outbox) {

    /** This OPD carrying its announcement and the audit entry of its registration, to be written with it. */
    Opd registered(AuditEntry entry) {
        OpdRegistered event = new OpdRegistered(regionCode, code, name, shortName, kind.name(), parentCode, active,
                registeredAt);
        return new Opd(id, regionCode, code, name, shortName, kind, parentCode, active, registeredAt,
                List.of(OutboxEvent.of(event), entry.toOutbox()));
    }

    /**
     * How the audit trail names an OPD: its code is unique only within its region, so the region comes first,
     * as in its address {@code /api/v1/regions/32.73/opds/2.18.0.00.0.00.01.0000}.
     */
    String auditId() {
        return regionCode + "/" + code;
    }
}
