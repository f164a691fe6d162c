package id.pantau.defaults.time;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MomentsTest {

    @Test
    void momentsHaveNoMoreThanTheMillisecondsMongoDbStores() {
        Instant before = Instant.now().minusMillis(1);

        assertThat(Moments.now().getNano() % 1_000_000).isZero();
        assertThat(Moments.clock().instant().getNano() % 1_000_000).isZero();
        assertThat(Moments.now()).isAfter(before);
        assertThat(Moments.clock().instant()).isAfter(before);
        assertThat(Moments.clock().getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
