package id.pantau.monitoring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityCheckTest {

    private final QualityCheck check = new QualityCheck(3, false);

    @Test
    void aValueMoreThanThreeDeviationsFromTheHistorysMeanIsAJump() {
        // history 10, 9, 8: mean 9, sample standard deviation 1, so a jump lies outside [6, 12]
        List<BigDecimal> history = values("10", "9", "8");

        assertThat(check.flags(history, new BigDecimal("5.9"), "https://bukti.go.id/a.pdf"))
                .containsExactly(QualityFlag.JUMP);
        assertThat(check.flags(history, new BigDecimal("12.5"), "https://bukti.go.id/a.pdf"))
                .containsExactly(QualityFlag.JUMP);
        assertThat(check.flags(history, new BigDecimal("6"), "https://bukti.go.id/a.pdf")).isEmpty();
        assertThat(check.flags(history, new BigDecimal("7"), "https://bukti.go.id/a.pdf")).isEmpty();
    }

    @Test
    void fewerThanThreeEarlierValuesOrNoSpreadFlagNoJump() {
        assertThat(check.flags(values("10", "9"), new BigDecimal("100"), null)).isEmpty();
        assertThat(check.flags(values("10", "10", "10"), new BigDecimal("7"), null)).isEmpty();
    }

    @Test
    void kIsTheRegionsSetting() {
        assertThat(new QualityCheck(2, false).flags(values("10", "9", "8"), new BigDecimal("6.5"), null))
                .containsExactly(QualityFlag.JUMP);
    }

    @Test
    void aValueWithoutEvidenceIsFlaggedWhereEvidenceIsRequired() {
        QualityCheck strict = new QualityCheck(3, true);

        assertThat(strict.flags(List.of(), BigDecimal.TEN, null)).containsExactly(QualityFlag.MISSING_EVIDENCE);
        assertThat(strict.flags(List.of(), BigDecimal.TEN, " ")).containsExactly(QualityFlag.MISSING_EVIDENCE);
        assertThat(strict.flags(List.of(), BigDecimal.TEN, "https://bukti.go.id/a.pdf")).isEmpty();
        assertThat(check.flags(List.of(), BigDecimal.TEN, null)).isEmpty();
    }

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
