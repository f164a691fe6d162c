package id.pantau.innovation.opd;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A regional work unit (Organisasi Perangkat Daerah); its SIPD code is unique only within its region. Its
 * {@code outbox} carries the audit entry of its registration to the audit trail, written in the same insert.
 */
@Document("opds")
@CompoundIndex(name = "region_code", def = "{'regionCode': 1, 'code': 1}", unique = true)
public record Opd(
        @Id String id,
        String regionCode,
        String code,
        String name,
        String shortName,
        String parentCode,
        Instant registeredAt,
        List<OutboxEvent> outbox) {

    /** This OPD carrying the audit entry of its change, to be written with it. */
    Opd audited(AuditEntry entry) {
        return new Opd(id, regionCode, code, name, shortName, parentCode, registeredAt, List.of(entry.toOutbox()));
    }

    /**
     * How the audit trail names an OPD: its code is unique only within its region, so the region comes first,
     * as in its address {@code /api/v1/regions/32.73/opds/2.18.0.00.0.00.01.0000}.
     */
    String auditId() {
        return regionCode + "/" + code;
    }
}
