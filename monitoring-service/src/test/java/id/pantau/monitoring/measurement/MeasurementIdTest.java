package id.pantau.monitoring.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class MeasurementIdTest {

    @Test
    void theIdOfAPeriodsMeasurementIsTheSameWhoeverAsksAndDiffersByIndicatorAndPeriod() {
        String january = Measurement.idOf("ind-ptsp-time", "2026-01");

        assertThat(Measurement.idOf("ind-ptsp-time", "2026-01")).isEqualTo(january);
        assertThat(Measurement.idOf("ind-ptsp-time", "2026-02")).isNotEqualTo(january);
        assertThat(Measurement.idOf("ind-ptsp-data", "2026-01")).isNotEqualTo(january);
        // the separator keeps keys that run together apart
        assertThat(Measurement.idOf("ind-1", "12026-01")).isNotEqualTo(Measurement.idOf("ind-11", "2026-01"));
    }

    @Test
    void theIdIsStoredAsTextNotMistakenForAnObjectId() {
        String id = Measurement.idOf("ind-ptsp-time", "2026-Q1");

        assertThat(id).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(ObjectId.isValid(id)).isFalse();
    }
}
