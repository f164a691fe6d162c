package id.pantau.monitoring.quality;

import id.pantau.monitoring.MonitoringProperties;
import id.pantau.monitoring.settings.SettingsCatalog;
import org.springframework.stereotype.Component;

/** The quality check of each region: k is the service's, whether evidence is required the region's setting. */
@Component
public class QualityChecks {

    private final MonitoringProperties properties;
    private final SettingsCatalog settings;

    public QualityChecks(MonitoringProperties properties, SettingsCatalog settings) {
        this.properties = properties;
        this.settings = settings;
    }

    public QualityCheck forRegion(String regionCode) {
        return new QualityCheck(properties.quality().jumpDeviations(),
                Boolean.TRUE.equals(settings.forRegion(regionCode).settings().evidenceRequired()));
    }
}
