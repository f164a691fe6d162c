package id.pantau.monitoring.indicator;

import id.pantau.defaults.events.EventConsumers;
import id.pantau.events.IndicatorAdded;
import id.pantau.events.IndicatorRetired;
import id.pantau.events.IndicatorTargetRevised;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStageChanged;
import id.pantau.events.RegionRegistered;
import id.pantau.monitoring.region.RegionZones;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code innovationEvents-in-0}: the indicator definitions, additions, retirements and target revisions,
 * the innovations' stage changes, and the regions' time zones.
 */
@Configuration
class InnovationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> innovationEvents(EventConsumers consumers, IndicatorProjection projection,
                                               RegionZones regions) {
        return consumers.once("monitoring.innovation-events", received -> {
            if (received.event() instanceof InnovationRegistered registered) {
                projection.registered(registered);
            } else if (received.event() instanceof IndicatorAdded added) {
                projection.added(added);
            } else if (received.event() instanceof IndicatorRetired retired) {
                projection.retired(retired);
            } else if (received.event() instanceof IndicatorTargetRevised revised) {
                projection.targetRevised(revised);
            } else if (received.event() instanceof InnovationStageChanged stage) {
                projection.stageChanged(stage);
            } else if (received.event() instanceof RegionRegistered region) {
                regions.registered(region);
            }
        });
    }
}
