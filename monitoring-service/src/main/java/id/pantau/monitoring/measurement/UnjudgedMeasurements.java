package id.pantau.monitoring.measurement;

import id.pantau.defaults.time.Moments;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Judges measurements that were stored but not judged, because the service stopped between the two writes.
 * Runs at start-up and then every {@code pantau.monitoring.rejudge-interval}, taking only measurements received at
 * least one interval ago: a younger one is still being judged by the request that stored it, and judging it here
 * too would only repeat that work one measurement at a time. Judging twice is harmless: the second finds the same
 * state and announces nothing.
 */
@Component
class UnjudgedMeasurements {

    private static final Logger log = LoggerFactory.getLogger(UnjudgedMeasurements.class);
    private static final Pageable FIRST_100 = PageRequest.of(0, 100);

    private final MeasurementRepository measurements;
    private final MeasurementJudging judging;
    private final Duration grace;

    UnjudgedMeasurements(MeasurementRepository measurements, MeasurementJudging judging,
                         @Value("${pantau.monitoring.rejudge-interval:1m}") Duration grace) {
        this.measurements = measurements;
        this.judging = judging;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${pantau.monitoring.rejudge-interval:1m}")
    void judgeLeftovers() {
        for (Measurement measurement : measurements.findUnjudged(Moments.now().minus(grace), FIRST_100)) {
            try {
                judging.judge(measurement);
            } catch (RuntimeException e) {
                log.warn("Measurement {} stays unjudged until the next round: {}", measurement.id(), e.toString());
            }
        }
    }
}
