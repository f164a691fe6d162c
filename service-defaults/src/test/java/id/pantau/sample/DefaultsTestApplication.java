package id.pantau.sample;

import id.pantau.defaults.events.EventConsumers;
import id.pantau.defaults.events.ReceivedEvent;
import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.Message;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tiny service built on service-defaults, the way the real services use it: in a package of its own, so that
 * service-defaults' beans come only from its auto-configuration, as in a real service.
 */
@SpringBootApplication
class DefaultsTestApplication {

    /** Events this service's consumer handled, in order. */
    static final List<ReceivedEvent> HANDLED = new CopyOnWriteArrayList<>();

    @Bean
    Consumer<Message<byte[]>> innovationEvents(EventConsumers consumers) {
        return consumers.once("defaults-test", HANDLED::add);
    }

    record SampleRequest(@NotBlank String title, @NotNull Polarity polarity, @Positive BigDecimal target,
                         LocalDate deadline) {
    }

    @Document("samples")
    record Sample(@Id String id, String title, List<OutboxEvent> outbox) {
    }

    @RestController
    static class SampleController {

        private final MongoTemplate mongo;
        private final OutboxRelay relay;
        private final IdempotentRequests idempotent;

        SampleController(MongoTemplate mongo, OutboxRelay relay, IdempotentRequests idempotent) {
            this.mongo = mongo;
            this.relay = relay;
            this.idempotent = idempotent;
        }

        @PostMapping("/api/v1/samples")
        ResponseEntity<?> create(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                 @Valid @RequestBody SampleRequest request) {
            return idempotent.execute("samples", key, request, () -> {
                if (request.title().equals("refuse")) {
                    throw ApiProblem.invalid("title", "invalid-value", "refused on purpose");
                }
                String id = org.bson.types.ObjectId.get().toHexString();
                InnovationRegistered event = new InnovationRegistered(id, "32.73", "1.02", "Dinas", request.title(), "p", "i",
                        InnovationForm.LAINNYA, InnovationStage.INISIATIF, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 6, 30), List.of(), Instant.now());
                mongo.insert(new Sample(id, request.title(), List.of(OutboxEvent.of(event))));
                relay.relaySoon();
                return ResponseEntity.created(URI.create("/api/v1/samples/" + id)).body(new Sample(id, request.title(), null));
            });
        }
    }
}
