package id.pantau.sample;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.events.EventConsumers;
import id.pantau.defaults.events.ReceivedEvent;
import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.ApiAuthorization;
import id.pantau.defaults.security.Scope;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.messaging.Message;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import static id.pantau.defaults.security.ApiAuthorization.roles;
import static id.pantau.defaults.security.Role.OPD_OPERATOR;
import static id.pantau.defaults.security.Role.PROVINCE_ADMIN;
import static id.pantau.defaults.security.Role.REGION_ADMIN;

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
                         LocalDate deadline, String region, String opd) {

        String regionOrDefault() {
            return region == null ? "32.73" : region;
        }

        String opdOrDefault() {
            return opd == null ? "1.02" : opd;
        }
    }

    @Document("samples")
    record Sample(@Id String id, String title, String region, String opd, List<OutboxEvent> outbox) {
    }

    /** Who may call what: creating for the admins and OPD operators, reading for everyone; one endpoint has no rule. */
    @Bean
    ApiAuthorization sampleAuthorization() {
        return api -> api
                .requestMatchers(HttpMethod.POST, "/api/v1/samples").hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, OPD_OPERATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/samples/{id}").hasAnyRole(ApiAuthorization.anyRole());
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
                Scope.current().checkWrite(request.regionOrDefault(), request.opdOrDefault());
                String id = org.bson.types.ObjectId.get().toHexString();
                InnovationRegistered event = new InnovationRegistered(id, request.regionOrDefault(), request.opdOrDefault(),
                        "Dinas", request.title(), "p", "i", InnovationForm.LAINNYA, InnovationStage.INISIATIF,
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), List.of(), Instant.now());
                Sample created = new Sample(id, request.title(), request.regionOrDefault(), request.opdOrDefault(), null);
                AuditEntry audit = AuditEntry.of("sample", id, "create", created.region(), created.opd(), null, created);
                mongo.insert(new Sample(id, request.title(), created.region(), created.opd(),
                        List.of(OutboxEvent.of(event), audit.toOutbox())));
                relay.relaySoon();
                return ResponseEntity.created(URI.create("/api/v1/samples/" + id)).body(created);
            });
        }

        @GetMapping("/api/v1/samples/{id}")
        Sample get(@PathVariable String id) {
            Sample sample = mongo.findOne(Query.query(Criteria.where("_id").is(id))
                    .addCriteria(Scope.current().readable("region")), Sample.class);
            if (sample == null) {
                throw Scope.notFound();
            }
            return new Sample(sample.id(), sample.title(), sample.region(), sample.opd(), null);
        }

        /** Mapped but given no rule in {@link #sampleAuthorization()}: closed to everyone. */
        @GetMapping("/api/v1/unruled")
        String unruled() {
            return "nobody should read this";
        }
    }
}
