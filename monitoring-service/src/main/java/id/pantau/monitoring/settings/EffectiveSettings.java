package id.pantau.monitoring.settings;

import java.time.Instant;

/**
 * The settings a region judges by and where they come from: its own version, its province's, or the service's
 * configuration ({@code source} "config", version 0). {@code label} (e.g. {@code 32.73#2}) is what each judgement
 * records.
 */
public record EffectiveSettings(String regionCode, String source, long version, RegionSettings settings,
                                String changedBy, Instant changedAt) {

    public String label() {
        return source + "#" + version;
    }
}
