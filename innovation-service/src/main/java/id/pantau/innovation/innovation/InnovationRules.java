package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.Violations;
import id.pantau.innovation.indicator.Indicator;
import id.pantau.innovation.indicator.IndicatorRules;
import id.pantau.innovation.indicator.NewIndicator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of registering an action-plan row: a responsible OPD registered in the region, the descriptive
 * fields, one target time after the start, and between one and the configured number of judgeable
 * indicators. Every broken rule is reported at once, with the path of its field.
 */
public final class InnovationRules {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 2000;
    static final int MAX_SUPPORTING_OPDS = 20;

    private InnovationRules() {
    }

    /**
     * @param ids makes the server-side ids of the innovation and its indicators
     * @throws id.pantau.defaults.problem.ApiProblem listing every broken rule
     */
    public static Innovation register(NewInnovation request, DirectoryLookup directory, InnovationSettings settings,
                                      Supplier<String> ids, String registeredBy, Instant now) {
        Violations violations = new Violations();
        String regionCode = strip(request.regionCode());
        String opdCode = strip(request.opdCode());
        String opdName = checkOpd(regionCode, opdCode, directory, violations);
        violations.requiredText("title", request.title(), MAX_TITLE_LENGTH);
        violations.requiredText("problem", request.problem(), MAX_TEXT_LENGTH);
        violations.requiredText("plannedInnovation", request.plannedInnovation(), MAX_TEXT_LENGTH);
        violations.required("form", request.form());
        List<String> supporting = checkSupportingOpds(regionCode, opdCode, request.supportingOpdCodes(), directory,
                violations);
        InnovationProfileRules.check(request.profile(), violations);
        LocalDate startDate = violations.required("startDate", request.startDate()) ? request.startDate() : null;
        LocalDate targetDate = targetDate(request, startDate, settings, violations);
        checkStageDates(startDate, request.trialStartDate(), request.implementationDate(), violations);
        checkIndicators(request.indicators(), startDate, targetDate, settings, violations);
        violations.throwIfAny();

        List<Indicator> indicators = request.indicators().stream()
                .map(indicator -> IndicatorRules.define(ids.get(), indicator, targetDate))
                .toList();
        Innovation.Registration registration = new Innovation.Registration(regionCode, opdCode, opdName, supporting,
                request.title().strip(), request.problem().strip(), request.plannedInnovation().strip(),
                request.form(), InnovationProfileRules.normalised(request.profile()), startDate, targetDate,
                request.trialStartDate(), request.implementationDate());
        return Innovation.registered(ids.get(), registration, indicators, registeredBy, now);
    }

    /**
     * The innovation with the descriptive fields the patch gives, one version on. A new target date must lie
     * after the start, within the longest plan, and not before the deadline of an indicator in use.
     *
     * @throws id.pantau.defaults.problem.ApiProblem listing every broken rule
     */
    public static Innovation update(Innovation current, InnovationPatch patch, DirectoryLookup directory,
                                    InnovationSettings settings, Instant now) {
        Violations violations = new Violations();
        if (patch.title() != null) {
            violations.requiredText("title", patch.title(), MAX_TITLE_LENGTH);
        }
        if (patch.problem() != null) {
            violations.requiredText("problem", patch.problem(), MAX_TEXT_LENGTH);
        }
        if (patch.plannedInnovation() != null) {
            violations.requiredText("plannedInnovation", patch.plannedInnovation(), MAX_TEXT_LENGTH);
        }
        List<String> supporting = patch.supportingOpdCodes() == null ? current.supportingOpdCodes()
                : checkSupportingOpds(current.regionCode(), current.opdCode(), patch.supportingOpdCodes(), directory,
                violations);
        InnovationProfileRules.check(patch.profile(), violations);
        LocalDate targetDate = patch.targetDate() == null ? current.targetDate() : patch.targetDate();
        if (patch.targetDate() != null) {
            checkNewTargetDate(current, targetDate, settings, violations);
        }
        LocalDate trialStart = patch.trialStartDate() == null ? current.trialStartDate() : patch.trialStartDate();
        LocalDate implementation = patch.implementationDate() == null ? current.implementationDate()
                : patch.implementationDate();
        checkStageDates(current.startDate(), trialStart, implementation, violations);
        violations.throwIfAny();
        return current.described(patch.title() == null ? current.title() : patch.title().strip(),
                patch.problem() == null ? current.problem() : patch.problem().strip(),
                patch.plannedInnovation() == null ? current.plannedInnovation() : patch.plannedInnovation().strip(),
                patch.form() == null ? current.form() : patch.form(), supporting,
                patch.profile() == null ? current.profile() : InnovationProfileRules.normalised(patch.profile()),
                targetDate, trialStart, implementation, now);
    }

    private static void checkNewTargetDate(Innovation current, LocalDate targetDate, InnovationSettings settings,
                                           Violations violations) {
        if (!targetDate.isAfter(current.startDate())) {
            violations.add("targetDate", "target-time-not-after-start", targetDate, current.startDate());
        } else if (targetDate.isAfter(TargetTime.targetDate(current.startDate(), settings.maxPlanLength()))) {
            violations.add("targetDate", "plan-too-long", settings.maxPlanLength());
        } else {
            current.indicators().stream()
                    .filter(indicator -> indicator.inUse() && indicator.deadline().isAfter(targetDate))
                    .findFirst()
                    .ifPresent(late -> violations.add("targetDate", "target-date-before-deadline", targetDate,
                            late.name(), late.deadline()));
        }
    }

    /**
     * The OPDs that support the responsible one: registered in the same region, each once, not the responsible
     * OPD itself.
     *
     * @return the codes as stored, stripped
     */
    static List<String> checkSupportingOpds(String regionCode, String opdCode, List<String> codes,
                                            DirectoryLookup directory, Violations violations) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        if (codes.size() > MAX_SUPPORTING_OPDS) {
            violations.add("supportingOpdCodes", "supporting-opds-too-many", MAX_SUPPORTING_OPDS);
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<String> stripped = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String path = "supportingOpdCodes[" + i + "]";
            if (!violations.required(path, codes.get(i))) {
                continue;
            }
            String code = codes.get(i).strip();
            if (code.equals(opdCode)) {
                violations.add(path, "supporting-opd-responsible", code);
            } else if (!seen.add(code)) {
                violations.add(path, "supporting-opd-duplicate", code);
            } else if (regionCode != null && directory.opdName(regionCode, code).isEmpty()) {
                violations.add(path, "opd-unknown", code, regionCode);
            }
            stripped.add(code);
        }
        return List.copyOf(stripped);
    }

    /** A trial starts on or after the start; implementation follows the trial. */
    static void checkStageDates(LocalDate startDate, LocalDate trialStart, LocalDate implementation,
                                Violations violations) {
        if (trialStart != null && startDate != null && trialStart.isBefore(startDate)) {
            violations.add("trialStartDate", "trial-before-start", trialStart, startDate);
        }
        if (implementation != null) {
            if (trialStart == null) {
                violations.add("implementationDate", "implementation-without-trial");
            } else if (implementation.isBefore(trialStart)) {
                violations.add("implementationDate", "implementation-before-trial", implementation, trialStart);
            }
        }
    }

    /** @return the OPD's name, or null when the region or OPD is missing or unknown */
    private static String checkOpd(String regionCode, String opdCode, DirectoryLookup directory,
                                   Violations violations) {
        boolean hasRegion = violations.required("regionCode", regionCode);
        boolean hasOpd = violations.required("opdCode", opdCode);
        if (!hasRegion) {
            return null;
        }
        if (!directory.regionActive(regionCode)) {
            violations.add("regionCode", "region-unknown", regionCode);
            return null;
        }
        if (!hasOpd) {
            return null;
        }
        Optional<String> name = directory.opdName(regionCode, opdCode);
        if (name.isEmpty()) {
            violations.add("opdCode", "opd-unknown", opdCode, regionCode);
        }
        return name.orElse(null);
    }

    /** Exactly one of targetDate and targetDuration, ending after the start and within the longest plan. */
    private static LocalDate targetDate(NewInnovation request, LocalDate startDate, InnovationSettings settings,
                                        Violations violations) {
        boolean byDate = request.targetDate() != null;
        boolean byDuration = request.targetDuration() != null;
        if (byDate == byDuration) {
            violations.add(byDate ? "targetDuration" : "targetDate", byDate ? "target-time-twice" : "target-time-required");
            return null;
        }
        if (startDate == null) {
            return null;
        }
        String field = byDate ? "targetDate" : "targetDuration";
        LocalDate targetDate;
        try {
            targetDate = byDate ? request.targetDate() : TargetTime.targetDate(startDate, request.targetDuration());
        } catch (DateTimeException outOfRange) {
            violations.add(field, "plan-too-long", settings.maxPlanLength());
            return null;
        }
        if (!targetDate.isAfter(startDate)) {
            violations.add(field, "target-time-not-after-start", targetDate, startDate);
            return null;
        }
        if (targetDate.isAfter(TargetTime.targetDate(startDate, settings.maxPlanLength()))) {
            violations.add(field, "plan-too-long", settings.maxPlanLength());
            return null;
        }
        return targetDate;
    }

    private static void checkIndicators(List<NewIndicator> indicators, LocalDate startDate, LocalDate targetDate,
                                        InnovationSettings settings, Violations violations) {
        if (indicators == null || indicators.isEmpty()) {
            violations.add("indicators", "indicators-required");
            return;
        }
        if (indicators.size() > settings.maxIndicators()) {
            violations.add("indicators", "indicators-too-many", settings.maxIndicators());
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            String path = "indicators[" + i + "]";
            NewIndicator indicator = indicators.get(i);
            if (violations.required(path, indicator)) {
                IndicatorRules.check(indicator, path, startDate, targetDate, violations);
                if (indicator.name() != null && !indicator.name().isBlank()
                        && !names.add(indicator.name().strip().toLowerCase(Locale.ROOT))) {
                    violations.add(path + ".name", "indicator-name-duplicate", indicator.name().strip());
                }
            }
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
