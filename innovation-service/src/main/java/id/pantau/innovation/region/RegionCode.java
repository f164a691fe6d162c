package id.pantau.innovation.region;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code: {@code PP} for a province, {@code PP.KK} for a kabupaten (KK 01–69) or a kota
 * (KK 71–99) inside province PP. The list of valid codes changes by decree, so only the shape is checked
 * here, not membership of the current list.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(?:\\.(\\d{2}))?");
    /** Province numbers start at 11 (Aceh). */
    private static final int FIRST_PROVINCE = 11;
    private static final int LAST_REGENCY = 69;
    private static final int FIRST_CITY = 71;

    public RegionCode {
        if (levelOf(value) == null) {
            throw new IllegalArgumentException("not a Kemendagri region code: " + value);
        }
    }

    /** Empty when the text is not a province or kabupaten/kota code. */
    public static Optional<RegionCode> parse(String text) {
        return levelOf(text) == null ? Optional.empty() : Optional.of(new RegionCode(text));
    }

    public RegionLevel level() {
        return levelOf(value);
    }

    /** The province a kabupaten/kota belongs to; empty for a province. */
    public Optional<RegionCode> province() {
        int dot = value.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
    }

    /** The level the code denotes, or null when it is no region code. */
    private static RegionLevel levelOf(String code) {
        if (code == null) {
            return null;
        }
        Matcher matcher = FORMAT.matcher(code);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < FIRST_PROVINCE) {
            return null;
        }
        if (matcher.group(2) == null) {
            return RegionLevel.PROVINCE;
        }
        int local = Integer.parseInt(matcher.group(2));
        if (local >= 1 && local <= LAST_REGENCY) {
            return RegionLevel.REGENCY;
        }
        return local >= FIRST_CITY ? RegionLevel.CITY : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
