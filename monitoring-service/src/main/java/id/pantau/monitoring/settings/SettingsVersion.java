package id.pantau.monitoring.settings;

import id.pantau.defaults.outbox.OutboxEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a region's (or a province's) settings, never changed once written: the id is
 * {@code <region code>#<version>}, so two admins changing the same version at once cannot both succeed. The audit
 * entry of the change rides in {@code outbox}.
 */
@Document("region_settings")
record SettingsVersion(@Id String id, String regionCode, long version, RegionSettings settings, String reason,
                       String changedBy, Instant changedAt, List<OutboxEvent> outbox) {

    static String id(String regionCode, long version) {
        return regionCode + "#" + version;
    }
}
