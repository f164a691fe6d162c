package id.pantau.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesByNearestRankWhateverTheOrderOfArrival() {
        List<Double> millis = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            millis.add((double) i);
        }
        Collections.shuffle(millis);
        Latencies latencies = Latencies.of(millis);

        assertThat(latencies.percentile(50)).isEqualTo(100);
        assertThat(latencies.percentile(95)).isEqualTo(190);
        assertThat(latencies.percentile(99)).isEqualTo(198);
        assertThat(latencies.max()).isEqualTo(200);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Latencies latencies = Latencies.of(List.of(42.0));

        assertThat(latencies.percentile(50)).isEqualTo(42);
        assertThat(latencies.percentile(99)).isEqualTo(42);
    }
}
