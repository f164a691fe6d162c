package id.pantau.reporting;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    Clock clock(ReportingSettings settings) {
        return Clock.system(settings.timeZone());
    }
}
