package id.pantau.monitoring.measurement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Judges measurements that were stored but not judged, because the service stopped between the two writes.
 * Runs at start-up and then every {@code pantau.monitoring.rejudge-interval}. Judging twice is harmless: the
 * second finds the same state and announces nothing.
 */
@Component
class UnjudgedMeasurements {

    private static final Logger log = LoggerFactory.getLogger(UnjudgedMeasurements.class);

    private final MeasurementRepository measurements;
    private final MeasurementJudging judging;

    UnjudgedMeasurements(MeasurementRepository measurements, MeasurementJudging judging) {
        this.measurements = measurements;
        this.judging = judging;
    }

    @Scheduled(fixedDelayString = "${pantau.monitoring.rejudge-interval:1m}")
    void judgeLeftovers() {
        for (Measurement measurement : measurements.findTop100ByJudgedFalseOrderByMeasuredAtAsc()) {
            try {
                judging.judge(measurement);
            } catch (RuntimeException e) {
                log.warn("Measurement {} stays unjudged until the next round: {}", measurement.id(), e.toString());
            }
        }
    }
}
