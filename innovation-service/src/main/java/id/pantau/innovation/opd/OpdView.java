package id.pantau.innovation.opd;

import java.time.Instant;

/**
 * An OPD as the API shows it, identified by its region and code, or by its {@code id} (for
 * {@code PATCH /api/v1/opds/{id}}); {@code version} is its ETag.
 */
public record OpdView(String id, String regionCode, String code, String name, String shortName, OpdKind kind,
                      String parentCode, boolean active, Instant registeredAt, long version) {

    static OpdView of(Opd opd) {
        return new OpdView(opd.id(), opd.regionCode(), opd.code(), opd.name(), opd.shortName(), opd.kind(),
                opd.parentCode(), opd.active(), opd.registeredAt(), opd.version());
    }
}
