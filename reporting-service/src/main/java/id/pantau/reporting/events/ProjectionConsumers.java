package id.pantau.reporting.events;

import id.pantau.defaults.events.EventConsumers;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Feeds every event of the three topics, once per event id, to every projection. */
@Configuration(proxyBeanMethods = false)
class ProjectionConsumers {

    @Bean
    Consumer<Message<byte[]>> innovationEvents(EventConsumers consumers, List<Projection> projections) {
        return toAll("reporting.innovation-events", consumers, projections);
    }

    @Bean
    Consumer<Message<byte[]>> monitoringEvents(EventConsumers consumers, List<Projection> projections) {
        return toAll("reporting.monitoring-events", consumers, projections);
    }

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventConsumers consumers, List<Projection> projections) {
        return toAll("reporting.notification-events", consumers, projections);
    }

    private static Consumer<Message<byte[]>> toAll(String name, EventConsumers consumers, List<Projection> projections) {
        return consumers.once(name, received -> projections.forEach(projection -> projection.apply(received.event())));
    }
}
