package id.pantau.monitoring.measurement;

import id.pantau.events.IndicatorKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a value as a batch row writes it: a number ({@code 7.5}, or {@code 7,5} as Indonesian spreadsheets write
 * it), or for a milestone also done / not done in Indonesian or English, which are 1 and 0.
 */
final class MeasurementValue {

    private static final Set<String> DONE = Set.of("done", "selesai", "sudah", "ya", "yes", "true");
    private static final Set<String> NOT_DONE = Set.of("not done", "belum", "belum selesai", "tidak", "no", "false");

    private MeasurementValue() {
    }

    /** Empty when the text is no value of an indicator of this kind. */
    static Optional<BigDecimal> read(String text, IndicatorKind kind) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (kind == IndicatorKind.MILESTONE) {
            String word = value.toLowerCase(Locale.ROOT);
            if (DONE.contains(word)) {
                return Optional.of(BigDecimal.ONE);
            }
            if (NOT_DONE.contains(word)) {
                return Optional.of(BigDecimal.ZERO);
            }
        }
        return number(value);
    }

    private static Optional<BigDecimal> number(String text) {
        String plain = text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
