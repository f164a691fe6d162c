package id.pantau.defaults.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.springframework.messaging.Message;

/** Makes the idempotent consumer beans of a service: {@code consumers.once("monitoring", handler)}. */
public class EventConsumers {

    private final ProcessedEvents processed;
    private final MeterRegistry meters;

    public EventConsumers(ProcessedEvents processed, MeterRegistry meters) {
        this.processed = processed;
        this.meters = meters;
    }

    public Consumer<Message<byte[]>> once(String consumerName, Consumer<ReceivedEvent> handler) {
        return new IdempotentEventConsumer(consumerName, processed, handler, meters);
    }
}
