package id.pantau.monitoring.judging;

import id.pantau.monitoring.MonitoringProperties;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class JudgingConfiguration {

    @Bean
    Tolerances tolerances(MonitoringProperties properties) {
        Map<String, BigDecimal> byRegion = new HashMap<>();
        properties.regions().forEach((code, region) -> {
            if (region.tolerance() != null) {
                byRegion.put(code, region.tolerance());
            }
        });
        return new Tolerances(properties.tolerance(), byRegion);
    }

    @Bean
    HealthThresholds healthThresholds(MonitoringProperties properties) {
        return new HealthThresholds(properties.health().onTrack(), properties.health().behind());
    }
}
