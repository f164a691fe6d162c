package id.pantau.monitoring.quality;

import id.pantau.events.RegionCode;
import id.pantau.monitoring.MonitoringProperties;
import org.springframework.stereotype.Component;

/** The quality check of each region: whether it requires evidence is its own setting, else its province's. */
@Component
public class QualityChecks {

    private final MonitoringProperties properties;

    public QualityChecks(MonitoringProperties properties) {
        this.properties = properties;
    }

    public QualityCheck forRegion(String regionCode) {
        return new QualityCheck(properties.quality().jumpDeviations(), evidenceRequired(regionCode));
    }

    private boolean evidenceRequired(String regionCode) {
        if (regionCode != null) {
            MonitoringProperties.Region own = properties.regions().get(regionCode);
            if (own != null && own.evidenceRequired() != null) {
                return own.evidenceRequired();
            }
            MonitoringProperties.Region province = RegionCode.parse(regionCode)
                    .map(code -> properties.regions().get(code.province().value())).orElse(null);
            if (province != null && province.evidenceRequired() != null) {
                return province.evidenceRequired();
            }
        }
        return properties.quality().evidenceRequired();
    }
}
