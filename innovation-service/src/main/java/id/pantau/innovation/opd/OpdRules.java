package id.pantau.innovation.opd;

import id.pantau.defaults.problem.Violations;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The directory's rules for a new OPD: a SIPD unit code (Permendagri 90/2019, e.g.
 * {@code 1.02.0.00.0.00.01.0000}), a name, and for a sub-unit a parent OPD registered in the same region. Its
 * kind is OTHER and it is active unless the request says otherwise.
 */
public final class OpdRules {

    /**
     * Dot-separated digit groups. The full SIPD code has eight groups; shorter codes of older regional
     * systems are accepted too, so that directories can be imported as the regions keep them.
     */
    static final Pattern CODE = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){1,9}");
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_SHORT_NAME_LENGTH = 60;

    private OpdRules() {
    }

    /**
     * @param registered whether an OPD code is already registered in this region (for the parent)
     * @throws id.pantau.defaults.problem.ApiProblem listing every broken rule
     */
    public static Opd newOpd(String regionCode, NewOpd request, Predicate<String> registered, Instant now) {
        Violations violations = new Violations();
        if (violations.required("code", request.code()) && !CODE.matcher(request.code().strip()).matches()) {
            violations.add("code", "opd-code-format", request.code());
        }
        violations.requiredText("name", request.name(), MAX_NAME_LENGTH);
        violations.maxLength("shortName", request.shortName(), MAX_SHORT_NAME_LENGTH);
        String parentCode = request.parentCode() == null || request.parentCode().isBlank()
                ? null : request.parentCode().strip();
        if (parentCode != null) {
            if (parentCode.equals(request.code() == null ? null : request.code().strip())) {
                violations.add("parentCode", "opd-parent-self");
            } else if (!registered.test(parentCode)) {
                violations.add("parentCode", "opd-parent-unknown", parentCode, regionCode);
            }
        }
        violations.throwIfAny();
        String shortName = request.shortName() == null || request.shortName().isBlank()
                ? null : request.shortName().strip();
        return new Opd(null, regionCode, request.code().strip(), request.name().strip(), shortName,
                request.kind() == null ? OpdKind.OTHER : request.kind(), parentCode,
                request.active() == null || request.active(), now, 0, List.of());
    }

    /**
     * The OPD with the fields the patch gives (the rest stay): a name, a short name (blank clears it), a kind, a
     * parent (blank clears it; registered in the same region, neither the OPD itself nor one of its own sub-units)
     * and the active flag.
     *
     * @param registered the OPD of this region with a code, to check a new parent and its ancestors
     * @throws id.pantau.defaults.problem.ApiProblem listing every broken rule
     */
    public static Opd update(Opd current, OpdPatch patch, Function<String, Optional<Opd>> registered) {
        Violations violations = new Violations();
        if (patch.name() != null) {
            violations.requiredText("name", patch.name(), MAX_NAME_LENGTH);
        }
        violations.maxLength("shortName", patch.shortName(), MAX_SHORT_NAME_LENGTH);
        String parentCode = current.parentCode();
        if (patch.parentCode() != null) {
            parentCode = patch.parentCode().isBlank() ? null : patch.parentCode().strip();
            if (parentCode != null) {
                checkParent(current, parentCode, registered, violations);
            }
        }
        violations.throwIfAny();
        String shortName = patch.shortName() == null ? current.shortName()
                : patch.shortName().isBlank() ? null : patch.shortName().strip();
        return current.changed(patch.name() == null ? current.name() : patch.name().strip(), shortName,
                patch.kind() == null ? current.kind() : patch.kind(), parentCode,
                patch.active() == null ? current.active() : patch.active());
    }

    /** A parent that is registered and does not have the OPD among its own parents (no loop of sub-units). */
    private static void checkParent(Opd current, String parentCode, Function<String, Optional<Opd>> registered,
                                    Violations violations) {
        if (parentCode.equals(current.code())) {
            violations.add("parentCode", "opd-parent-self");
            return;
        }
        Optional<Opd> ancestor = registered.apply(parentCode);
        if (ancestor.isEmpty()) {
            violations.add("parentCode", "opd-parent-unknown", parentCode, current.regionCode());
            return;
        }
        Set<String> seen = new HashSet<>();
        while (ancestor.isPresent() && ancestor.get().parentCode() != null && seen.add(ancestor.get().code())) {
            if (ancestor.get().parentCode().equals(current.code())) {
                violations.add("parentCode", "opd-parent-cycle", parentCode);
                return;
            }
            ancestor = registered.apply(ancestor.get().parentCode());
        }
    }
}
