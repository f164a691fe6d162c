package id.pantau.innovation.actionplan;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "10          | 10",
            "1.234,5     | 1234.5",
            "1.234       | 1234",
            "1.234.567   | 1234567",
            "2,5         | 2.5",
            "0,85        | 0.85",
            "85%         | 85",
            "12,5 %      | 12.5",
            "-3          | -3",
            "1,234.5     | 1234.5",
            "1,234,567   | 1234567",
            "0.85        | 0.85",
            "' 1 234 '   | 1234",
            ",5          | 0.5"})
    void readsIndonesianAndUnambiguousEnglishNumbers(String text, BigDecimal expected) {
        assertThat(IndonesianNumber.parse(text)).hasValueSatisfying(value ->
                assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "sepuluh", "1.23.4", "1,2,3", "12a", "1.234,5,6", "%", "1..2", "Rp 10"})
    void refusesWhatIsNoNumber(String text) {
        assertThat(IndonesianNumber.parse(text)).isEmpty();
    }
}
