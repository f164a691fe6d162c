package id.pantau.notification.region;

import java.util.regex.Pattern;

/**
 * A Kemendagri region code: a province {@code PP} (e.g. {@code 32}) or a kabupaten/kota {@code PP.KK}
 * (e.g. {@code 32.73}).
 */
public record RegionCode(String value) {

    /** Two digits for the province (no 00), optionally a dot and two digits for the kabupaten/kota (no 00). */
    public static final String PATTERN = "^(?!00)\\d{2}(\\.(?!00)\\d{2})?$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public RegionCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a Kemendagri region code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && COMPILED.matcher(value).matches();
    }

    public boolean isProvince() {
        return value.length() == 2;
    }

    /** The province a code belongs to: {@code 32} for {@code 32.73}, itself for a province. */
    public String province() {
        return value.substring(0, 2);
    }
}
