package id.pantau.reporting;

import id.pantau.reporting.progress.IndicatorProgress;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    Clock clock(ReportingSettings settings) {
        return Clock.system(settings.timeZone());
    }

    @Bean
    IndicatorProgress indicatorProgress(ReportingSettings settings) {
        return new IndicatorProgress(settings.health().thresholds());
    }
}
