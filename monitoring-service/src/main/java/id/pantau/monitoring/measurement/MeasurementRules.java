package id.pantau.monitoring.measurement;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.Violations;
import id.pantau.events.IndicatorKind;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a measurement must satisfy against its indicator, all reported at once. Values that are merely
 * suspicious (a negative duration or count) are accepted: only the clearly impossible is refused.
 */
final class MeasurementRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeasurementRules() {
    }

    /**
     * @return the measured period
     * @throws ApiProblem listing every violated rule
     */
    static Period validate(MeasurementRequest request, Indicator indicator) {
        Violations violations = new Violations();
        if (!indicator.innovationId().equals(request.innovationId())) {
            violations.add("innovationId", "indicator-of-other-innovation", indicator.indicatorId(),
                    request.innovationId());
        }
        Optional<Period> period = Period.parse(request.period(), indicator.frequency());
        if (period.isEmpty()) {
            violations.add("period", "period-format", request.period(), indicator.frequency(),
                    Period.example(indicator.frequency()));
        } else if (indicator.startDate() != null && period.get().end().isBefore(indicator.startDate())) {
            violations.add("period", "period-before-start", period.get().code(), indicator.startDate().toString());
        } else if (indicator.deadline() != null && period.get().start().isAfter(indicator.deadline())) {
            violations.add("period", "period-after-deadline", period.get().code(), indicator.deadline().toString());
        }
        BigDecimal value = request.value();
        if (indicator.kind() == IndicatorKind.MILESTONE
                && value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
            violations.add("value", "milestone-value");
        } else if (indicator.isPercentage() && value.compareTo(HUNDRED) > 0) {
            violations.add("value", "percentage-over-100");
        }
        if (request.evidenceUrl() != null && !isWebAddress(request.evidenceUrl())) {
            violations.add("evidenceUrl", "evidence-url");
        }
        violations.throwIfAny();
        return period.orElseThrow();
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
