package id.pantau.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code (kode wilayah), the {@code regionCode} of every event: {@code PP} for a province
 * (11–99; Aceh is 11), {@code PP.KK} for a kabupaten (KK 01–69) or a kota (KK 71–99) inside province PP; 00
 * and 70 are no codes. The list of valid codes changes by decree, so only the rule is checked here, not
 * membership of the current list. Text is taken as it is: callers strip what they accept with spaces.
 */
public record RegionCode(String value) {

    /** The same rule as a regular expression, for Bean Validation's {@code @Pattern}. */
    public static final String PATTERN = "^(1[1-9]|[2-9][0-9])(\\.(0[1-9]|[1-6][0-9]|7[1-9]|[89][0-9]))?$";

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(?:\\.(\\d{2}))?");
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

    public boolean isProvince() {
        return level() == RegionLevel.PROVINCE;
    }

    /**
     * The province of the code: {@code 32} for {@code 32.73}, and a province itself for {@code 32}, so that
     * every code has one (e.g. to scope a read model by province).
     */
    public RegionCode province() {
        return isProvince() ? this : new RegionCode(value.substring(0, value.indexOf('.')));
    }

    /** A province covers itself and its kabupaten/kota; a kabupaten/kota covers only itself. */
    public boolean covers(RegionCode other) {
        return isProvince() ? other.province().equals(this) : other.equals(this);
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
