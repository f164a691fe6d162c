package id.pantau.reporting.region;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code: a province {@code 32}, or a kabupaten {@code 32.01}–{@code 32.69} or kota
 * {@code 32.71}–{@code 32.99} in it. A report for a province covers the province's own innovations and those
 * of all its kabupaten/kota.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9])(?:\\.([0-9]{2}))?");

    public static Optional<RegionCode> parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        String regency = matcher.group(2);
        if (regency != null) {
            int number = Integer.parseInt(regency);
            if (number == 0 || number == 70) {
                return Optional.empty();
            }
        }
        return Optional.of(new RegionCode(matcher.group()));
    }

    public boolean isProvince() {
        return value.length() == 2;
    }
}
