package id.pantau.defaults.events;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/**
 * Wraps a service's event handler as a Spring Cloud Stream consumer that handles each event id once. The
 * handler runs before the id is recorded: if the service dies in between, the redelivery runs the handler
 * again, so handlers still write with upserts keyed by natural ids. A handler that throws leaves the event
 * unrecorded; the binder retries it, then sends it to the dead-letter topic.
 */
public class IdempotentEventConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventConsumer.class);

    private final String name;
    private final ProcessedEvents processed;
    private final Consumer<ReceivedEvent> handler;
    private final MeterRegistry meters;

    public IdempotentEventConsumer(String name, ProcessedEvents processed, Consumer<ReceivedEvent> handler,
                                   MeterRegistry meters) {
        this.name = name;
        this.processed = processed;
        this.handler = handler;
        this.meters = meters;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Optional<ReceivedEvent> received = ReceivedEvent.from(message);
        if (received.isEmpty()) {
            log.debug("{} skips an event type it does not know", name);
            return;
        }
        ReceivedEvent event = received.get();
        if (processed.contains(name, event.id())) {
            meters.counter("pantau.events.consumed", "consumer", name, "outcome", "duplicate").increment();
            return;
        }
        handler.accept(event);
        processed.add(name, event.id());
        meters.counter("pantau.events.consumed", "consumer", name, "outcome", "handled").increment();
    }
}
