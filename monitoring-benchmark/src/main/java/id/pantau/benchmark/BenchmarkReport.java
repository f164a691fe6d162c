package id.pantau.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The numbers of one run, with the machine, its load, the date and the command, as Markdown. */
final class BenchmarkReport {

    static final String COMMAND = "./mvnw -pl monitoring-benchmark -am -DskipTests -Pbenchmark verify";
    private static final double TARGET_RATE = 5_000;
    private static final double TARGET_P99_MILLIS = 1_000;

    private final BenchmarkSettings settings;
    private final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    private final List<String> lines = new ArrayList<>();
    private String loadBefore = "?";
    private String loadAfter = "?";
    private String store = "?";

    BenchmarkReport(BenchmarkSettings settings) {
        this.settings = settings;
    }

    void machineBefore() {
        loadBefore = Machine.loadAverage();
    }

    void machineAfter() {
        loadAfter = Machine.loadAverage();
    }

    void kafkaRecordsPerSecond(double rate) {
        add("| raw: bare Kafka producer (acks=all, %d-byte records) | %s records/s |", RawLimits.RECORD_BYTES,
                number(rate));
    }

    void mongoDocsPerSecond(double oneByOne, double bulk, double updates) {
        add("| raw: bare inserts, one by one | %s docs/s |", number(oneByOne));
        add("| raw: bare inserts, insertMany of 1,000 | %s docs/s |", number(bulk));
        add("| raw: bare updates by id (a field set, an entry pushed), bulk writes of 1,000 | %s docs/s |",
                number(updates));
    }

    void bareMeasurementsPerSecond(double rate) {
        add("| raw: the least work per measurement without the service — one insert, one status update by id, two "
                + "records acknowledged; batches of 1,000, two writers | %s measurements/s |", number(rate));
    }

    void registration(long indicators, int events, double seconds) {
        add("| indicators registered by InnovationRegistered (%,d indicators in %,d events) | %s indicators/s |",
                indicators, events, number(indicators / seconds));
    }

    void throughput(int accepted, double answeredSeconds, double judgedSeconds, Latencies responses) {
        double rate = accepted / judgedSeconds;
        add("| **accepted and judged** (%,d measurements, last IndicatorMeasured on the topic after %.1f s) | **%s "
                + "measurements/s** (target ≥ %s: %s) |", accepted, judgedSeconds, number(rate), number(TARGET_RATE),
                rate >= TARGET_RATE ? "met" : "NOT met");
        add("| accepted by the API (last batch answered after %.1f s) | %s measurements/s |", answeredSeconds,
                number(accepted / answeredSeconds));
        add("| batch response time under full load, p50 / p95 / p99 (%d batches) | %s / %s / %s ms |",
                responses.count(), millis(responses.percentile(50)), millis(responses.percentile(95)),
                millis(responses.percentile(99)));
    }

    void latencySkipped() {
        add("| request → TargetSlipped | not measured (benchmark.latency-batches=0) |");
    }

    void latency(double rate, Latencies latencies) {
        double p99 = latencies.percentile(99);
        add("| **request → TargetSlipped** at %s measurements/s (half the peak; %,d slips), p50 / p95 / p99 / max | "
                + "**%s / %s / %s** / %s ms (target p99 < %s ms: %s) |", number(rate), latencies.count(),
                millis(latencies.percentile(50)), millis(latencies.percentile(95)), millis(p99),
                millis(latencies.max()), number(TARGET_P99_MILLIS), p99 < TARGET_P99_MILLIS ? "met" : "NOT met");
    }

    /** Which store the run measured, as {@link RunDatabases#describeStore} tells it. */
    void store(String description) {
        store = description;
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("# monitoring-service benchmark, ").append(started.format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append("\n\n");
        text.append("- date: ").append(started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("- command: `").append(COMMAND).append("`\n");
        text.append("- machine: ").append(Machine.description()).append('\n');
        text.append("- load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append('\n');
        text.append("- engines: Apache Kafka in KRaft mode (one broker, 3 partitions) in the benchmark's JVM "
                + "(test-support's EmbeddedInfrastructure); the store: ").append(store)
                .append("; monitoring-service in its own JVM (").append(String.join(" ", ServiceUnderTest.JVM_OPTIONS))
                .append(")\n");
        text.append(String.format(Locale.ROOT, "- load: %,d indicators, %d batches of %,d from %d clients; latency: "
                        + "%d batches of %,d on fresh indicators%n%n", settings.indicators(), settings.batches(),
                settings.batchSize(), settings.clients(), settings.latencyBatches(), settings.batchSize()));
        text.append("| measured | result |\n|---|---|\n");
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    Path write() {
        try {
            Files.createDirectories(settings.output());
            Path file = settings.output().resolve("monitoring-benchmark-"
                    + started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
            Files.writeString(file, markdown());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String format, Object... arguments) {
        lines.add(String.format(Locale.ROOT, format, arguments));
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
