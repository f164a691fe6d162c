package id.pantau.defaults.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param collections the collections whose documents carry an {@code outbox} array
 * @param pollInterval how often the relay looks for events left behind (by a crash, or a broker outage)
 * @param batchSize how many documents one relay round reads per collection
 */
@ConfigurationProperties("pantau.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, int batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }
}
