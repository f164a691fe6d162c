package id.pantau.reporting.projection;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.audit.AuditTrail;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Caller;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.directory.DirectoryEntry;
import id.pantau.reporting.events.Projection;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.projection.ProjectionRebuild.State;
import id.pantau.reporting.replication.Replication;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the projections from the retained topics while the current collections keep serving: replays every
 * topic from its beginning into the collections of a new version up to the end offsets of the start, then up to
 * what arrived meanwhile, switches readers and live consumers over in one update, replays what the live consumers
 * may have applied to the old collections just before the switch, and drops the old collections. The projections
 * are idempotent upserts, so an event applied by both the replay and the live consumers is applied once.
 *
 * <p>Gauge {@code reporting.projection.rebuild.lag} (per topic): the records a running rebuild has still to replay;
 * 0 when none runs. The live consumers' lag is the binder's {@code spring.cloud.stream.binder.kafka.offset}.
 */
@Component
class ProjectionRebuilder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    /** The read models a rebuild fills; each declares its collection through {@link ProjectionVersions}. */
    private static final List<Class<?>> READ_MODELS = List.of(ActionPlan.class, MeasurementRecord.class,
            DirectoryEntry.class, Replication.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final String AUDITED_ENTITY = "projection-rebuild";

    private final MongoTemplate mongo;
    private final AuditTrail audit;
    private final ProjectionVersions versions;
    private final List<Projection> projections;
    private final String bootstrapServers;
    private final List<String> topics;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    ProjectionRebuilder(MongoTemplate mongo, AuditTrail audit, ProjectionVersions versions,
                        List<Projection> projections, MeterRegistry meters,
                        @Value("${spring.cloud.stream.kafka.binder.brokers:${spring.kafka.bootstrap-servers:localhost:9092}}")
                        String bootstrapServers,
                        @Value("${spring.cloud.stream.bindings.innovationEvents-in-0.destination}") String innovationTopic,
                        @Value("${spring.cloud.stream.bindings.monitoringEvents-in-0.destination}") String monitoringTopic,
                        @Value("${spring.cloud.stream.bindings.notificationEvents-in-0.destination}") String notificationTopic) {
        this.mongo = mongo;
        this.audit = audit;
        this.versions = versions;
        this.projections = projections;
        this.bootstrapServers = bootstrapServers;
        this.topics = List.of(innovationTopic, monitoringTopic, notificationTopic);
        for (String topic : topics) {
            AtomicLong value = lag.computeIfAbsent(topic, ignored -> new AtomicLong());
            Gauge.builder("reporting.projection.rebuild.lag", value, AtomicLong::get).tag("topic", topic)
                    .description("Records a running projection rebuild has still to replay").register(meters);
        }
    }

    /**
     * Starts a rebuild in the background, audited under the caller's region (entity {@code projection-rebuild},
     * action {@code start}); a 409 problem while another one runs (on any instance).
     */
    ProjectionRebuild start() {
        String rebuildId = UUID.randomUUID().toString();
        long previous = versions.claim(rebuildId)
                .orElseThrow(() -> ApiProblem.conflict("projection-rebuild-running"));
        ProjectionRebuild rebuild = new ProjectionRebuild(rebuildId, previous + 1, previous, State.REPLAYING,
                Instant.now(), Map.of(), Map.of(), 0, null, null, null);
        mongo.save(rebuild);
        audit.append(AuditEntry.of(AUDITED_ENTITY, rebuildId, "start", Caller.current().region().value(), null,
                null, rebuild));
        worker.execute(() -> run(rebuild));
        return rebuild;
    }

    Optional<ProjectionRebuild> find(String rebuildId) {
        return Optional.ofNullable(mongo.findById(rebuildId, ProjectionRebuild.class));
    }

    private void run(ProjectionRebuild started) {
        ProjectionRebuild rebuild = started;
        try (TopicReplay replay = new TopicReplay(bootstrapServers, topics)) {
            prepare(rebuild.version());
            Map<TopicPartition, Long> atStart = replay.endOffsets();
            rebuild = save(new ProjectionRebuild(rebuild.rebuildId(), rebuild.version(), rebuild.previousVersion(),
                    State.REPLAYING, rebuild.startedAt(), TopicReplay.perTopic(atStart), Map.of(), 0, null, null, null));
            Progress progress = new Progress(rebuild, replay);
            progress.replayUntil(atStart);
            // what arrived while replaying: follow until a round finds nothing new
            Map<TopicPartition, Long> ends = replay.endOffsets();
            while (!replay.lag(ends).values().stream().allMatch(left -> left == 0)) {
                progress.replayUntil(ends);
                ends = replay.endOffsets();
            }
            versions.activate(rebuild.rebuildId(), rebuild.version());
            rebuild = save(progress.current().switched(Instant.now()));
            progress.rebuild = rebuild;
            // every instance reads the new version by now; events a live consumer put into the old collections
            // before that were produced before these end offsets
            Thread.sleep(ProjectionVersions.REFRESH.multipliedBy(2).toMillis());
            progress.replayUntil(replay.endOffsets());
            drop(rebuild.previousVersion());
            rebuild = save(progress.current().completed(Instant.now()));
            log.info("Projection rebuild {} completed: version {} from {} events", rebuild.rebuildId(),
                    rebuild.version(), rebuild.events());
        } catch (Exception failure) {
            log.error("Projection rebuild {} failed", rebuild.rebuildId(), failure);
            ProjectionRebuild latest = find(rebuild.rebuildId()).orElse(rebuild);
            save(latest.failed(Instant.now(), failure.getMessage()));
            if (latest.state() == State.REPLAYING) {
                drop(latest.version());
            }
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            lag.values().forEach(value -> value.set(0));
            versions.release(started.rebuildId());
        }
    }

    /** Fresh collections for {@code version}, with the indexes the read models declare. */
    private void prepare(long version) {
        drop(version);
        IndexResolver indexes = IndexResolver.create(mongo.getConverter().getMappingContext());
        versions.writingInto(version, () -> {
            for (Class<?> model : READ_MODELS) {
                indexes.resolveIndexFor(model).forEach(index -> mongo.indexOps(model).createIndex(index));
            }
            return null;
        });
    }

    private void drop(long version) {
        versions.writingInto(version, () -> {
            READ_MODELS.forEach(mongo::dropCollection);
            return null;
        });
    }

    private ProjectionRebuild save(ProjectionRebuild rebuild) {
        return mongo.save(rebuild);
    }

    /** Applies replayed events into the new version and reports lag, count and heartbeat as it goes. */
    private final class Progress {

        private final TopicReplay replay;
        private ProjectionRebuild rebuild;
        private long events;
        private Instant reportedAt = Instant.MIN;
        private Map<String, Long> lastLag = Map.of();

        Progress(ProjectionRebuild rebuild, TopicReplay replay) {
            this.rebuild = rebuild;
            this.replay = replay;
        }

        void replayUntil(Map<TopicPartition, Long> ends) {
            versions.writingInto(rebuild.version(), () -> {
                replay.replayUntil(ends, event -> {
                    projections.forEach(projection -> projection.apply(event));
                    events++;
                }, () -> report(ends), () -> stopping);
                return null;
            });
            report(ends);
        }

        private void report(Map<TopicPartition, Long> ends) {
            lastLag = replay.lag(ends);
            lastLag.forEach((topic, left) -> lag.get(topic).set(left));
            if (reportedAt.plus(PROGRESS_EVERY).isBefore(Instant.now())) {
                reportedAt = Instant.now();
                versions.heartbeat(rebuild.rebuildId());
                save(current());
            }
        }

        ProjectionRebuild current() {
            return rebuild.replaying(lastLag, events);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
