package id.pantau.monitoring.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TolerancesTest {

    private final Tolerances tolerances = new Tolerances(new BigDecimal("0.10"),
            Map.of("32.73", new BigDecimal("0.05"), "35", new BigDecimal("0.15")));

    @Test
    void aRegionWithItsOwnToleranceUsesIt() {
        assertThat(tolerances.forRegion("32.73").value()).isEqualByComparingTo("0.05");
    }

    @Test
    void aRegionWithoutOneUsesItsProvinces() {
        assertThat(tolerances.forRegion("35.07").value()).isEqualByComparingTo("0.15");
        assertThat(tolerances.forRegion("35").value()).isEqualByComparingTo("0.15");
    }

    @Test
    void otherwiseThePlatformDefault() {
        assertThat(tolerances.forRegion("32.04").value()).isEqualByComparingTo("0.10");
        assertThat(tolerances.forRegion(null).value()).isEqualByComparingTo("0.10");
    }

    @Test
    void refusesAToleranceThatLeavesNoRoomForRed() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Tolerances(new BigDecimal("0.10"), Map.of("32", new BigDecimal("0.5"))));
        assertThatIllegalArgumentException().isThrownBy(() -> Tolerance.of("-0.1"));
    }
}
