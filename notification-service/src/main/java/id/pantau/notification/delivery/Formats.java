package id.pantau.notification.delivery;

import id.pantau.notification.recipient.Language;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers, dates and times as the reader of a language writes them: {@code 1.234,5} and {@code 14/04/2026} in
 * Indonesian, {@code 1,234.5} and {@code 14 Apr 2026} in English; times with the zone's Indonesian abbreviation.
 */
public record Formats(Language language, ZoneId zone) {

    private static final Map<String, String> ZONE_NAMES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    public String number(BigDecimal value) {
        Locale locale = language == Language.ID ? language.locale() : Locale.UK;
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(language == Language.ID ? "dd/MM/yyyy" : "d MMM yyyy", Locale.UK)
                .format(date);
    }

    public String dateTime(Instant at) {
        String time = DateTimeFormatter.ofPattern(language == Language.ID ? "HH.mm" : "HH:mm").format(at.atZone(zone));
        return date(at.atZone(zone).toLocalDate()) + " " + time + " " + ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
    }
}
