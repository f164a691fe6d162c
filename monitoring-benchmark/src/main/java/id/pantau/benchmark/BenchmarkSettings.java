package id.pantau.benchmark;

import java.nio.file.Path;

/**
 * What one run does, from system properties (the Maven profile passes its {@code benchmark.*} properties).
 *
 * @param indicators     trend indicators measured in the throughput phase (each batch covers 1,000 of them)
 * @param batches        batches of the throughput phase (after a warm-up of 3); they cover the indicators month by month
 * @param clients        concurrent HTTP clients of the throughput phase
 * @param latencyBatches batches of the latency phase, each on fresh indicators so that every row slips
 * @param batchSize      rows per batch
 * @param mongodb        a MongoDB server to measure instead of the wire server (a URI without a database); null for
 *                       the wire server
 */
record BenchmarkSettings(Path root, Path output, int indicators, int batches, int clients, int latencyBatches,
                         int batchSize, String mongodb) {

    static final int MONTHS = 10;
    static final int WARM_UP_BATCHES = 3;

    BenchmarkSettings {
        if (indicators % batchSize != 0) {
            throw new IllegalArgumentException("benchmark.indicators must be a multiple of the batch size " + batchSize);
        }
        if (WARM_UP_BATCHES + batches > indicators / batchSize * MONTHS) {
            throw new IllegalArgumentException("benchmark.batches: at most "
                    + (indicators / batchSize * MONTHS - WARM_UP_BATCHES)
                    + " batches for " + indicators + " indicators (" + MONTHS + " months each)");
        }
    }

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Path.of(System.getProperty("benchmark.root", ".")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("benchmark.output", "target/benchmark")).toAbsolutePath().normalize(),
                Integer.getInteger("benchmark.indicators", 10_000),
                Integer.getInteger("benchmark.batches", 40),
                Integer.getInteger("benchmark.clients", 4),
                Integer.getInteger("benchmark.latency-batches", 20),
                Integer.getInteger("benchmark.batch-size", 1_000),
                blankAsNull(System.getProperty("benchmark.mongodb")));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
