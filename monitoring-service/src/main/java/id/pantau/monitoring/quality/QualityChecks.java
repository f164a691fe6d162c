package id.pantau.monitoring.quality;

import id.pantau.monitoring.MonitoringProperties;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.settings.SettingsCatalog;
import org.springframework.stereotype.Component;

/**
 * The quality check of each indicator: k is the service's; evidence is required when the indicator's definition or
 * its region's settings ask for it.
 */
@Component
public class QualityChecks {

    private final MonitoringProperties properties;
    private final SettingsCatalog settings;

    public QualityChecks(MonitoringProperties properties, SettingsCatalog settings) {
        this.properties = properties;
        this.settings = settings;
    }

    public QualityCheck forIndicator(Indicator indicator) {
        return new QualityCheck(properties.quality().jumpDeviations(), indicator.requiresEvidence()
                || Boolean.TRUE.equals(settings.forRegion(indicator.regionCode()).settings().evidenceRequired()));
    }
}
