package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.Violations;
import id.pantau.innovation.indicator.Indicator;
import id.pantau.innovation.indicator.IndicatorRules;
import id.pantau.innovation.indicator.NewIndicator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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

    private InnovationRules() {
    }

    /**
     * @param ids makes the server-side ids of the innovation and its indicators
     * @throws id.pantau.defaults.problem.ApiProblem listing every broken rule
     */
    public static Innovation register(NewInnovation request, DirectoryLookup directory, InnovationSettings settings,
                                      Supplier<String> ids, Instant now) {
        Violations violations = new Violations();
        String regionCode = strip(request.regionCode());
        String opdCode = strip(request.opdCode());
        String opdName = checkOpd(regionCode, opdCode, directory, violations);
        violations.requiredText("title", request.title(), MAX_TITLE_LENGTH);
        violations.requiredText("problem", request.problem(), MAX_TEXT_LENGTH);
        violations.requiredText("plannedInnovation", request.plannedInnovation(), MAX_TEXT_LENGTH);
        violations.required("form", request.form());
        LocalDate startDate = violations.required("startDate", request.startDate()) ? request.startDate() : null;
        LocalDate targetDate = targetDate(request, startDate, settings, violations);
        checkIndicators(request.indicators(), startDate, targetDate, settings, violations);
        violations.throwIfAny();

        List<Indicator> indicators = request.indicators().stream()
                .map(indicator -> IndicatorRules.define(ids.get(), indicator, targetDate))
                .toList();
        return Innovation.registered(ids.get(), regionCode, opdCode, opdName, request.title().strip(),
                request.problem().strip(), request.plannedInnovation().strip(), request.form(), startDate, targetDate,
                indicators, now);
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
