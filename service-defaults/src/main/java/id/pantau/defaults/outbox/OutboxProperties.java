package id.pantau.defaults.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param collections the collections whose documents carry an {@code outbox} array
 * @param pollInterval how often the relay looks for events left behind (by a crash, or a broker outage)
 * @param batchSize how many documents one relay round reads per collection
 * @param publishers how many keys' events are published at once (each key's in order, by one publisher); default 16
 */
@ConfigurationProperties("pantau.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, int batchSize, int publishers) {

    static final int DEFAULT_PUBLISHERS = 16;

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        publishers = publishers > 0 ? publishers : DEFAULT_PUBLISHERS;
    }
}
