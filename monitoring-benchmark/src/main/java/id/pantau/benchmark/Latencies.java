package id.pantau.benchmark;

import java.util.Arrays;
import java.util.List;

/** Latencies in milliseconds and their percentiles by the nearest-rank method. */
record Latencies(double[] sortedMillis) {

    static Latencies of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedMillis.length;
    }

    /** The smallest latency that at least {@code percent}% of the samples do not exceed. */
    double percentile(double percent) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedMillis.length);
        return sortedMillis[Math.max(rank, 1) - 1];
    }

    double max() {
        return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
    }
}
