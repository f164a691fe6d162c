package id.pantau.innovation.region;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.RegionCode;
import id.pantau.events.RegionLevel;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The directory's rules for registering a region: a Kemendagri code whose level the request must not
 * contradict, a kabupaten/kota under its registered province, and one of Indonesia's time zones. A region of
 * the official list is registered by switching it on: the list's name, level, parent and time zone stand, and
 * the request may only repeat them.
 */
public final class RegionRules {

    static final int MAX_NAME_LENGTH = 200;

    private RegionRules() {
    }

    /**
     * @param registered whether a region code is already in the directory (for the parent province)
     * @return the region with its level, parent and time zone filled in from the code and defaults
     * @throws id.pantau.defaults.problem.ApiProblem listing every broken rule
     */
    public static Region newRegion(NewRegion request, Predicate<String> registered, Instant now) {
        Violations violations = new Violations();
        violations.requiredText("name", request.name(), MAX_NAME_LENGTH);
        Optional<RegionCode> code = Optional.empty();
        if (violations.required("code", request.code())) {
            code = RegionCode.parse(request.code().strip());
            if (code.isEmpty()) {
                violations.add("code", "region-code-format", request.code());
            }
        }
        String parentCode = blankToNull(request.parentCode());
        if (code.isPresent()) {
            RegionLevel level = code.get().level();
            if (request.level() != null && request.level() != level) {
                violations.add("level", "region-level-mismatch", code.get(), level);
            }
            parentCode = checkParent(code.get(), parentCode, registered, violations);
        }
        String timeZone = request.timeZone() == null ? IndonesianTimeZone.WIB.zoneId() : request.timeZone().strip();
        if (IndonesianTimeZone.ofZoneId(timeZone).isEmpty()) {
            violations.add("timeZone", "time-zone-unknown", request.timeZone(), IndonesianTimeZone.allowedZoneIds());
        }
        violations.throwIfAny();
        RegionCode valid = code.orElseThrow();
        return Region.registered(valid.value(), request.name().strip(), valid.level(), parentCode, timeZone, now);
    }

    /**
     * A request to register a region the directory holds already, inactive: whatever it states besides the
     * code must agree with the listed region. Its name is not compared: the list's official name stands.
     *
     * @throws id.pantau.defaults.problem.ApiProblem listing every contradiction
     */
    public static void checkActivation(NewRegion request, Region listed) {
        Violations violations = new Violations();
        violations.maxLength("name", request.name(), MAX_NAME_LENGTH);
        if (request.level() != null && request.level() != listed.level()) {
            violations.add("level", "region-level-mismatch", listed.code(), listed.level());
        }
        String parentCode = blankToNull(request.parentCode());
        if (parentCode != null && !parentCode.equals(listed.parentCode())) {
            if (listed.parentCode() == null) {
                violations.add("parentCode", "region-province-without-parent");
            } else {
                violations.add("parentCode", "region-parent-mismatch", listed.code(), listed.parentCode());
            }
        }
        String timeZone = blankToNull(request.timeZone());
        if (timeZone != null && IndonesianTimeZone.ofZoneId(timeZone).isEmpty()) {
            violations.add("timeZone", "time-zone-unknown", request.timeZone(), IndonesianTimeZone.allowedZoneIds());
        } else if (timeZone != null && !timeZone.equals(listed.timeZone())) {
            violations.add("timeZone", "region-time-zone-mismatch", listed.code(), listed.timeZone());
        }
        violations.throwIfAny();
    }

    /** A province has no parent; a kabupaten/kota's parent is its registered province. */
    private static String checkParent(RegionCode code, String parentCode, Predicate<String> registered,
                                      Violations violations) {
        if (code.isProvince()) {
            if (parentCode != null) {
                violations.add("parentCode", "region-province-without-parent");
            }
            return null;
        }
        String expected = code.province().value();
        if (parentCode != null && !parentCode.equals(expected)) {
            violations.add("parentCode", "region-parent-mismatch", code, expected);
        } else if (!registered.test(expected)) {
            violations.add("parentCode", "region-parent-unknown", expected);
        }
        return expected;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
