package id.pantau.defaults;

import id.pantau.defaults.audit.AuditController;
import id.pantau.defaults.audit.AuditTrail;
import id.pantau.defaults.events.EventConsumers;
import id.pantau.defaults.events.ProcessedEvents;
import id.pantau.defaults.health.MongoPingHealthIndicator;
import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.outbox.CloudEventPublisher;
import id.pantau.defaults.outbox.OutboxProperties;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ProblemFactory;
import id.pantau.defaults.problem.ProblemHandler;
import id.pantau.defaults.security.PantauSecurityConfiguration;
import id.pantau.defaults.web.BodySizeLimitFilter;
import id.pantau.defaults.web.RequestIdFilter;
import id.pantau.events.PantauJson;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Pantau service gets by depending on service-defaults: one JSON configuration, one error handler,
 * one outbox relay, one idempotency mechanism for requests and for consumed events, one security chain with
 * region scoping, one audit trail, and a MongoDB health check that works on the local wire server. Defaults for properties come from pantau-defaults.properties.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"},
        beforeName = {
                // so that Boot's own problem-details handler backs off and ours is the one error handler
                "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration"})
@EnableScheduling
@EnableConfigurationProperties({OutboxProperties.class, KafkaProperties.class})
@Import(PantauSecurityConfiguration.class)
public class PantauDefaultsAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer pantauJson() {
        return PantauJson::configure;
    }

    @Bean
    ProblemFactory problemFactory(MessageSource messageSource) {
        return new ProblemFactory(messageSource);
    }

    @Bean
    ProblemHandler problemHandler(ProblemFactory problems) {
        return new ProblemHandler(problems);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${pantau.http.max-body-size}") DataSize limit, ProblemFactory problems, JsonMapper json) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit, problems, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo) {
        return new AuditTrail(mongo);
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }

    /**
     * The relay's own producer, from {@code spring.kafka.*} with {@link CloudEventPublisher#producerProperties}, traced
     * like the binder's (W3C {@code traceparent} header). Topics get the binder's minimum partition count, and a binding's
     * destination ({@code spring.cloud.stream.bindings.<topic>.destination}) renames a topic as it would for the binder.
     */
    @Bean
    CloudEventPublisher cloudEventPublisher(KafkaProperties kafka, BindingServiceProperties bindings,
                                            ObservationRegistry observations,
                                            @Value("${spring.cloud.stream.kafka.binder.min-partition-count:1}") int partitions,
                                            @Value("${spring.application.name}") String serviceName) {
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                CloudEventPublisher.producerProperties(kafka.buildProducerProperties())));
        template.setObservationEnabled(true);
        template.setObservationRegistry(observations);
        KafkaAdmin admin = new KafkaAdmin(kafka.buildAdminProperties());
        return new CloudEventPublisher(template, bindings::getBindingDestination, admin, partitions,
                "/pantau/" + serviceName);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, CloudEventPublisher publisher, AuditTrail auditTrail,
                            OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(mongo, publisher, auditTrail, properties, meters);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    EventConsumers eventConsumers(ProcessedEvents processed, MeterRegistry meters) {
        return new EventConsumers(processed, meters);
    }

    @Bean
    IdempotentRequests idempotentRequests(MongoTemplate mongo, JsonMapper json) {
        return new IdempotentRequests(mongo, json);
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
