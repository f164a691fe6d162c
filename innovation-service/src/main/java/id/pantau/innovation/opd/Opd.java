package id.pantau.innovation.opd;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A regional work unit (Organisasi Perangkat Daerah); its SIPD code is unique only within its region. */
@Document("opds")
@CompoundIndex(name = "region_code", def = "{'regionCode': 1, 'code': 1}", unique = true)
public record Opd(
        @Id String id,
        String regionCode,
        String code,
        String name,
        String shortName,
        String parentCode,
        Instant registeredAt) {
}
