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
 * {@code outbox} carries its OpdRegistered event and the audit entry of its registration or change, written in the
 * same insert or update. {@code version} counts its changes (OPDs registered before versions were kept have 0).
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
        long version,
        List<OutboxEvent> outbox) {

    /** This OPD carrying its announcement and the audit entry of its registration, to be written with it. */
    Opd registered(AuditEntry entry) {
        return new Opd(id, regionCode, code, name, shortName, kind, parentCode, active, registeredAt, version,
                List.of(OutboxEvent.of(announcement()), entry.toOutbox()));
    }

    /**
     * The OPD's current state as OpdRegistered: announced at registration and again after every change, so that
     * other services upsert their label of it by region and code. {@code registeredAt} stays the registration's.
     */
    OpdRegistered announcement() {
        return new OpdRegistered(regionCode, code, name, shortName, kind.name(), parentCode, active, registeredAt);
    }

    /** This OPD with new descriptive fields, one version on. */
    Opd changed(String newName, String newShortName, OpdKind newKind, String newParentCode, boolean nowActive) {
        return new Opd(id, regionCode, code, newName, newShortName, newKind, newParentCode, nowActive, registeredAt,
                version + 1, List.of());
    }

    /**
     * How the audit trail names an OPD: its code is unique only within its region, so the region comes first,
     * as in its address {@code /api/v1/regions/32.73/opds/2.18.0.00.0.00.01.0000}.
     */
    String auditId() {
        return regionCode + "/" + code;
    }
}
