package id.pantau.innovation.region;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param officialList     the CSV of provinces and kabupaten/kota loaded at start
 * @param loadOfficialList whether to load it (off for a deployment that keeps its directory by hand)
 */
@ConfigurationProperties("pantau.innovation.directory")
public record DirectorySettings(
        @DefaultValue("classpath:regions/kepmendagri-300.2.2-2138-2025.csv") Resource officialList,
        @DefaultValue("true") boolean loadOfficialList) {
}
