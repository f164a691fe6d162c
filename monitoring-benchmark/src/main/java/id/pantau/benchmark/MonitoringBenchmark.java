package id.pantau.benchmark;

import id.pantau.events.InnovationRegistered;
import id.pantau.events.Topic;
import id.pantau.testing.EmbeddedInfrastructure;
import id.pantau.testing.EventSender;
import id.pantau.testing.TestCaller;
import id.pantau.testing.TestIssuer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the Kafka broker and MongoDB wire server of the integration tests and the local stack (test-support's
 * {@link EmbeddedInfrastructure}; or uses the MongoDB server that {@code benchmark.mongodb} names, in databases of
 * this run's that it drops at the end), monitoring-service as a process trusting the tests' issuer, registers
 * indicators through {@code InnovationRegistered}, and drives batches of measurements through the HTTP API:
 * <ol>
 * <li>raw limits: a bare producer to the broker, bare inserts into the store, bare updates by id, and the least
 * work per measurement without the service;</li>
 * <li>throughput: batches from several clients at once, counted once their IndicatorMeasured is on the topic;</li>
 * <li>latency: batches at half that rate on fresh indicators whose every row slips, from the request to the
 * TargetSlipped on the topic.</li>
 * </ol>
 * The report goes to the console and to {@code <output>/monitoring-benchmark-<time>.md}.
 */
public final class MonitoringBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final String SOURCE = "sistem-ptsp";

    private final BenchmarkSettings settings;
    private final BenchmarkReport report;
    /** Names this run's indicators and databases, so that a MongoDB server kept between runs holds nothing of theirs. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final BenchmarkIndicators indicators = new BenchmarkIndicators(runId);

    private MonitoringBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
        this.report = new BenchmarkReport(settings);
    }

    public static void main(String[] args) throws Exception {
        new MonitoringBenchmark(BenchmarkSettings.fromSystemProperties()).run();
        // the Kafka clients' and HTTP client's threads are not all daemons
        System.exit(0);
    }

    private void run() throws Exception {
        report.machineBefore();
        log("starting Kafka (KRaft)" + (settings.mongodb() == null ? " and the MongoDB wire server" : "")
                + " (test-support's embedded infrastructure), then monitoring-service");
        if (settings.mongodb() != null) {
            // test-support's infrastructure takes an explicit server instead of starting the wire server
            System.setProperty("pantau.test.mongodb", settings.mongodb());
        }
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        report.store(RunDatabases.describeStore(infrastructure.mongoUri(database("raw")), settings.mongodb() != null));
        TestIssuer issuer = TestIssuer.get();
        Map<String, String> environment = Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrap(),
                "SPRING_MONGODB_URI", infrastructure.mongoUri(database("monitoring")),
                "PANTAU_SECURITY_ISSUERS_0_URI", issuer.uri(),
                // time-driven reviews would run at a moment of their choosing; this run measures submissions only
                "PANTAU_MONITORING_REVIEWCRON", "-");
        try (ServiceUnderTest service = ServiceUnderTest.start(settings.root(), settings.output(), environment);
             MonitoringEventsWatcher watcher = new MonitoringEventsWatcher(infrastructure.kafkaBootstrap())) {
            measureRawLimits(infrastructure);
            String token = issuer.token(TestCaller.regionAdmin(BenchmarkIndicators.REGION));
            MeasurementClient client = new MeasurementClient(service.url(), () -> token);
            register(infrastructure, settings.latencyBatches() * settings.batchSize());
            warmUp(client, watcher);
            double peak = measureThroughput(client, watcher);
            if (settings.latencyBatches() > 0) {
                measureLatency(client, watcher, peak / 2);
            } else {
                report.latencySkipped();
            }
        } finally {
            RunDatabases.drop(infrastructure, database("monitoring"), database("raw"), database("floor"));
            // what was measured before a failure is reported too
            report.machineAfter();
            log("report: " + report.write());
            System.out.println(report.markdown());
        }
    }

    private void measureRawLimits(EmbeddedInfrastructure infrastructure) {
        log("raw limits: bare producer, bare inserts and updates");
        report.kafkaRecordsPerSecond(RawLimits.kafkaRecordsPerSecond(infrastructure.kafkaBootstrap(), 200_000));
        double[] mongo = RawLimits.mongoDocsPerSecond(infrastructure.mongoUri(database("raw")), 5_000, 100_000, 20_000);
        report.mongoDocsPerSecond(mongo[0], mongo[1], mongo[2]);
        try {
            report.bareMeasurementsPerSecond(RawLimits.bareMeasurementsPerSecond(infrastructure.kafkaBootstrap(),
                    infrastructure.mongoUri(database("floor")), 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void register(EmbeddedInfrastructure infrastructure, int latency) {
        List<InnovationRegistered> events = new ArrayList<>();
        events.addAll(indicators.registrations("load", settings.indicators()));
        events.addAll(indicators.registrations("latency", latency));
        long expected = settings.indicators() + latency;
        log("registering " + expected + " indicators in " + events.size() + " InnovationRegistered events");
        long start = System.nanoTime();
        try (EventSender sender = EventSender.to(infrastructure.kafkaBootstrap())) {
            events.forEach(sender::send);
        }
        ConsumerLag.awaitCaughtUp(infrastructure.kafkaBootstrap(), "monitoring-service",
                Topic.INNOVATION.topicName(), PATIENCE);
        report.registration(expected, events.size(), RawLimits.seconds(start));
    }

    /** The first batches of the load's schedule, outside the timing: the service's code paths compiled and warm. */
    private void warmUp(MeasurementClient client, MonitoringEventsWatcher watcher) {
        log("warm-up: " + BenchmarkSettings.WARM_UP_BATCHES + " batches");
        List<String> ids = new ArrayList<>();
        for (int b = 0; b < BenchmarkSettings.WARM_UP_BATCHES; b++) {
            ids.addAll(accepted(client.send(loadBatch(b))).acceptedIds());
        }
        MonitoringEventsWatcher.await(ids, watcher::measuredAt, PATIENCE);
    }

    /** @return accepted and judged measurements per second */
    private double measureThroughput(MeasurementClient client, MonitoringEventsWatcher watcher) throws Exception {
        log("throughput: " + settings.batches() + " batches of " + settings.batchSize() + " from " + settings.clients()
                + " clients");
        AtomicInteger next = new AtomicInteger(BenchmarkSettings.WARM_UP_BATCHES);
        int end = BenchmarkSettings.WARM_UP_BATCHES + settings.batches();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Double> responseMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            running.add(clients.submit(() -> {
                for (int b = next.getAndIncrement(); b < end; b = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    ids.addAll(accepted(client.send(loadBatch(b))).acceptedIds());
                    responseMillis.add((System.nanoTime() - sent) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double answeredSeconds = RawLimits.seconds(start);
        clients.shutdown();
        long missing = MonitoringEventsWatcher.await(ids, watcher::measuredAt, PATIENCE);
        if (missing > 0) {
            throw new IllegalStateException(missing + " accepted measurements were never announced");
        }
        long last = ids.stream().mapToLong(watcher::measuredAt).max().orElseThrow();
        double judgedSeconds = (last - start) / 1e9;
        report.throughput(ids.size(), answeredSeconds, judgedSeconds, Latencies.of(responseMillis));
        return ids.size() / judgedSeconds;
    }

    private void measureLatency(MeasurementClient client, MonitoringEventsWatcher watcher, double rate)
            throws Exception {
        long periodNanos = (long) (settings.batchSize() / rate * 1e9);
        log(String.format("latency: %d batches at %.0f measurements/s (one batch every %d ms)", settings.latencyBatches(),
                rate, periodNanos / 1_000_000));
        List<SentBatch> sent = Collections.synchronizedList(new ArrayList<>());
        // requests leave on schedule even while earlier ones are still being answered (an open load)
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(4, settings.clients()));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = Collections.synchronizedList(new ArrayList<>());
        clock.scheduleAtFixedRate(() -> {
            int b = next.getAndIncrement();
            if (b >= settings.latencyBatches()) {
                return;
            }
            running.add(senders.submit(() -> {
                long at = System.nanoTime();
                // the baseline value: ρ = 0, every row slips RED behind its trajectory
                sent.add(new SentBatch(at, accepted(client.send(rows("latency", b * settings.batchSize(),
                        YearMonth.of(2026, 1), BenchmarkIndicators.BASELINE))).acceptedIndicators()));
                return null;
            }));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (next.get() < settings.latencyBatches()) {
            MonitoringEventsWatcher.sleep(50);
        }
        clock.shutdown();
        for (int i = 0; i < running.size(); i++) {
            running.get(i).get();
        }
        senders.shutdown();
        List<String> all = sent.stream().flatMap(batch -> batch.indicators().stream()).toList();
        long missing = MonitoringEventsWatcher.await(all, watcher::slippedAt, PATIENCE);
        if (missing > 0) {
            throw new IllegalStateException(missing + " slipping indicators were never announced");
        }
        List<Double> millis = new ArrayList<>();
        for (SentBatch batch : sent) {
            for (String indicator : batch.indicators()) {
                millis.add((watcher.slippedAt(indicator) - batch.sentNanos()) / 1e6);
            }
        }
        report.latency(rate, Latencies.of(millis));
    }

    /** When a batch of the latency phase left, and the indicators it made slip. */
    private record SentBatch(long sentNanos, List<String> indicators) {
    }

    /**
     * Batch b of the load: a thousand indicators after another, a month after another (each indicator's months in
     * order), on the trajectory.
     */
    private List<BatchRow> loadBatch(int b) {
        int groups = settings.indicators() / settings.batchSize();
        return rows("load", b % groups * settings.batchSize(), YearMonth.of(2026, 1 + b / groups), null);
    }

    /** A batch of consecutive indicators of a set for one month: on the trajectory, or the given value. */
    private List<BatchRow> rows(String set, int first, YearMonth month, BigDecimal value) {
        List<BatchRow> rows = new ArrayList<>(settings.batchSize());
        BigDecimal onTrajectory = BenchmarkIndicators.onTrajectory(month);
        for (int n = first; n < first + settings.batchSize(); n++) {
            rows.add(new BatchRow(indicators.innovationId(set, n / BenchmarkIndicators.PER_INNOVATION),
                    indicators.indicatorId(set, n), month.toString(), value == null ? onTrajectory : value, SOURCE));
        }
        return rows;
    }

    private static MeasurementClient.BatchResult accepted(MeasurementClient.BatchResult result) {
        if (result.refused() > 0) {
            throw new IllegalStateException(result.refused() + " rows refused, first: " + result.firstRefusal());
        }
        return result;
    }

    /** A database of this run's: the service's, or one of the raw limits'. */
    private String database(String purpose) {
        return "benchmark-" + runId + "-" + purpose;
    }

    static void log(String message) {
        System.out.println("[benchmark] " + message);
    }
}
