package id.pantau.benchmark;

import java.nio.file.Path;

/**
 * What one run does, from system properties (the Maven profile passes its {@code benchmark.*} properties).
 *
 * @param indicators     trend indicators measured in the throughput phase (each batch covers 1,000 of them)
 * @param batches        batches of the throughput phase; together they cover consecutive months of the indicators
 * @param clients        concurrent HTTP clients of the throughput phase
 * @param latencyBatches batches of the latency phase, each on fresh indicators so that every row slips
 * @param batchSize      rows per batch
 * @param h2Mongo        the local stack's MongoDB wire server on its H2 file backend instead of in memory
 */
record BenchmarkSettings(Path root, Path output, int indicators, int batches, int clients, int latencyBatches,
                         int batchSize, boolean h2Mongo) {

    static final int MONTHS = 10;

    BenchmarkSettings {
        if (indicators % batchSize != 0) {
            throw new IllegalArgumentException("benchmark.indicators must be a multiple of the batch size " + batchSize);
        }
        if (batches > indicators / batchSize * MONTHS) {
            throw new IllegalArgumentException("benchmark.batches: at most " + indicators / batchSize * MONTHS
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
                "h2".equalsIgnoreCase(System.getProperty("benchmark.mongo", "memory")));
    }

    int indicatorsPerBatchRound() {
        return indicators / batchSize;
    }
}
