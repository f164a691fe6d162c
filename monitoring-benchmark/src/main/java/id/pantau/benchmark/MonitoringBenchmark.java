package id.pantau.benchmark;

import id.pantau.events.InnovationRegistered;
import id.pantau.local.DemoClient;
import id.pantau.local.LocalStack;
import id.pantau.local.PantauService;
import id.pantau.testing.EventSender;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the local stack's Kafka broker and MongoDB wire server with monitoring-service as a process, registers
 * indicators through {@code InnovationRegistered}, and drives batches of measurements through the HTTP API:
 * <ol>
 * <li>raw limits: a bare producer to the broker and bare inserts into the store;</li>
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
    private final BenchmarkIndicators indicators = new BenchmarkIndicators(UUID.randomUUID().toString().substring(0, 8));

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
        log("starting Kafka, MongoDB wire server (" + (settings.h2Mongo() ? "H2" : "memory")
                + "), the authorization server and monitoring-service");
        try (LocalStack stack = LocalStack.builder()
                .root(settings.root())
                .dataDir(settings.output().resolve("stack"))
                .fresh(true)
                .memoryMongo(!settings.h2Mongo())
                .randomPorts()
                .services(PantauService.MONITORING)
                // time-driven reviews would run at a moment of their choosing; this run measures submissions only
                .environment(PantauService.MONITORING, "PANTAU_MONITORING_REVIEWCRON", "-")
                .start();
             MonitoringEventsWatcher watcher = new MonitoringEventsWatcher(stack.kafkaBootstrap())) {
            measureRawLimits(stack);
            MeasurementClient client = new MeasurementClient(stack.serviceUrl(PantauService.MONITORING),
                    () -> stack.accessToken(DemoClient.REGION_ADMIN));
            int warmup = 3 * settings.batchSize();
            int latency = settings.latencyBatches() * settings.batchSize();
            register(stack, client, warmup, latency);
            warmUp(client, watcher, warmup);
            double peak = measureThroughput(client, watcher);
            measureLatency(client, watcher, peak / 2);
        }
        report.machineAfter();
        log("report: " + report.write());
        System.out.println(report.markdown());
    }

    private void measureRawLimits(LocalStack stack) {
        log("raw limits: bare producer and bare inserts");
        report.kafkaRecordsPerSecond(RawLimits.kafkaRecordsPerSecond(stack.kafkaBootstrap(), 200_000));
        double[] mongo = RawLimits.mongoDocsPerSecond(stack.mongoUri("benchmark-raw"), 5_000, 100_000);
        report.mongoDocsPerSecond(mongo[0], mongo[1]);
    }

    private void register(LocalStack stack, MeasurementClient client, int warmup, int latency) {
        List<InnovationRegistered> events = new ArrayList<>();
        events.addAll(indicators.registrations("warmup", warmup));
        events.addAll(indicators.registrations("load", settings.indicators()));
        events.addAll(indicators.registrations("latency", latency));
        long expected = warmup + settings.indicators() + latency;
        log("registering " + expected + " indicators in " + events.size() + " InnovationRegistered events");
        long start = System.nanoTime();
        try (EventSender sender = EventSender.to(stack.kafkaBootstrap())) {
            events.forEach(sender::send);
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (client.indicatorsKnown() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not take all " + expected + " indicators in time");
            }
            MonitoringEventsWatcher.sleep(500);
        }
        report.registration(expected, events.size(), RawLimits.seconds(start));
    }

    private void warmUp(MeasurementClient client, MonitoringEventsWatcher watcher, int warmup) {
        log("warm-up: " + warmup / settings.batchSize() + " batches");
        List<String> ids = new ArrayList<>();
        for (int first = 0; first < warmup; first += settings.batchSize()) {
            ids.addAll(accepted(client.send(rows("warmup", first, YearMonth.of(2026, 1), null))).acceptedIds());
        }
        MonitoringEventsWatcher.await(ids, watcher::measuredAt, PATIENCE);
    }

    /** @return accepted and judged measurements per second */
    private double measureThroughput(MeasurementClient client, MonitoringEventsWatcher watcher) throws Exception {
        int rounds = settings.indicatorsPerBatchRound();
        log("throughput: " + settings.batches() + " batches of " + settings.batchSize() + " from " + settings.clients()
                + " clients");
        AtomicInteger next = new AtomicInteger();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Double> responseMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            running.add(clients.submit(() -> {
                for (int b = next.getAndIncrement(); b < settings.batches(); b = next.getAndIncrement()) {
                    YearMonth month = YearMonth.of(2026, 1 + b / rounds);
                    long sent = System.nanoTime();
                    ids.addAll(accepted(client.send(rows("load", b % rounds * settings.batchSize(), month, null)))
                            .acceptedIds());
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

    static void log(String message) {
        System.out.println("[benchmark] " + message);
    }
}
