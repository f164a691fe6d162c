package id.pantau.monitoring.measurement;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.FieldViolation;
import id.pantau.events.IndicatorKind;
import id.pantau.events.Period;
import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a measurement must satisfy against its indicator, all reported at once: the indicator's innovation, a
 * period of its frequency within its life, a value of its kind (a milestone is done or not done), no percentage
 * over 100 and no negative duration, an http(s) evidence link, and no measuring time in the future. Values that are
 * merely unusual are accepted and flagged ({@link QualityCheck}).
 */
final class MeasurementRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Clocks of OPD systems drift; a measuring time this far ahead of ours is still taken as now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private MeasurementRules() {
    }

    /** A measurement's period, when it is valid, and every rule it breaks. */
    record Checked(Period period, List<FieldViolation> violations) {

        boolean isValid() {
            return violations.isEmpty();
        }
    }

    /**
     * @return the measured period
     * @throws ApiProblem listing every violated rule
     */
    static Period validate(MeasurementRequest request, Indicator indicator, Instant now) {
        Checked checked = check(indicator, request.innovationId(), request.period(), request.value(),
                request.evidenceUrl(), request.measuredAt(), now);
        if (!checked.isValid()) {
            throw ApiProblem.invalid(checked.violations());
        }
        return checked.period();
    }

    /** @param value null when it was missing or could not be read as a value of the indicator's kind */
    static Checked check(Indicator indicator, String innovationId, String periodText, BigDecimal value,
                         String evidenceUrl, Instant measuredAt, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!indicator.innovationId().equals(innovationId)) {
            violations.add(new FieldViolation("innovationId", "indicator-of-other-innovation", indicator.indicatorId(),
                    innovationId));
        }
        Optional<Period> period = Period.parse(periodText, indicator.frequency());
        if (period.isEmpty()) {
            violations.add(new FieldViolation("period", "period-format", periodText, indicator.frequency(),
                    Period.example(indicator.frequency())));
        } else if (indicator.startDate() != null && period.get().end().isBefore(indicator.startDate())) {
            violations.add(new FieldViolation("period", "period-before-start", period.get().code(),
                    indicator.startDate().toString()));
        } else if (indicator.deadline() != null && period.get().start().isAfter(indicator.deadline())) {
            violations.add(new FieldViolation("period", "period-after-deadline", period.get().code(),
                    indicator.deadline().toString()));
        }
        if (value != null) {
            valueViolation(indicator, value).ifPresent(violations::add);
        }
        if (evidenceUrl != null && !isWebAddress(evidenceUrl)) {
            violations.add(new FieldViolation("evidenceUrl", "evidence-url"));
        }
        if (measuredAt != null && measuredAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new FieldViolation("measuredAt", "measured-in-future"));
        }
        return new Checked(violations.isEmpty() ? period.orElseThrow() : period.orElse(null), List.copyOf(violations));
    }

    private static Optional<FieldViolation> valueViolation(Indicator indicator, BigDecimal value) {
        if (indicator.kind() == IndicatorKind.MILESTONE) {
            boolean doneOrNot = value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
            return doneOrNot ? Optional.empty() : Optional.of(new FieldViolation("value", "milestone-value"));
        }
        if (indicator.isPercentage() && value.compareTo(HUNDRED) > 0) {
            return Optional.of(new FieldViolation("value", "percentage-over-100"));
        }
        if (indicator.isDuration() && value.signum() < 0) {
            return Optional.of(new FieldViolation("value", "negative-duration"));
        }
        return Optional.empty();
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
