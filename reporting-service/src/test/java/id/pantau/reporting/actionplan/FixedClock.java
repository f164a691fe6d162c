package id.pantau.reporting.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Reports read on 30 June 2026 in Jakarta: the last day of the six-month action plans. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClock {

    static final Instant NOW = Instant.parse("2026-06-30T05:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Jakarta"));
    }
}
