package id.pantau.monitoring.measurement;

import com.mongodb.bulk.BulkWriteError;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.problem.FieldViolation;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.events.Period;
import id.pantau.monitoring.compliance.ReportingCompliance;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.Forecast;
import id.pantau.monitoring.judging.IndicatorJudging;
import id.pantau.monitoring.quality.QualityCheck;
import id.pantau.monitoring.quality.QualityChecks;
import id.pantau.monitoring.quality.QualityFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Takes a batch of measurements row by row: each row is screened on its own (the caller's scope, every rule of a
 * single submission, a retired indicator, the natural key (indicator, period, source) against what is stored and
 * what came earlier in the batch), so a bad row refuses only itself. The accepted rows are flagged and stored in one
 * unordered bulk insert; their {@code IndicatorMeasured} events and the batch's audit entries go into the batch's
 * record ({@link MeasurementBatches}), not into each measurement, so nothing is written to a measurement after it is
 * stored; their reports count as submitted; each indicator is then judged once, by its latest period, all together,
 * and the record is marked judged. The work is done per batch, not per row: one query for the indicators, their stored
 * values by id (a measurement's id is derived from its indicator and period), the record opened, one bulk insert, the
 * record announced, one read and one bulk write of the statuses (and, for the flows among them, one more read of
 * their statuses and values, to check their running totals), the record marked judged.
 */
@Service
class BatchIntake {

    private static final Logger log = LoggerFactory.getLogger(BatchIntake.class);
    private static final int DUPLICATE_KEY = 11000;

    private final IndicatorRepository indicators;
    private final StoredValues storedValues;
    private final QualityChecks quality;
    private final IndicatorJudging judging;
    private final RunningTotalCheck runningTotalCheck;
    private final ReportingCompliance compliance;
    private final MongoTemplate mongo;
    private final MeasurementBatches batches;
    private final MessageSource messages;

    BatchIntake(IndicatorRepository indicators, StoredValues storedValues, QualityChecks quality,
                IndicatorJudging judging, RunningTotalCheck runningTotalCheck, ReportingCompliance compliance,
                MongoTemplate mongo, MeasurementBatches batches, MessageSource messages) {
        this.runningTotalCheck = runningTotalCheck;
        this.compliance = compliance;
        this.indicators = indicators;
        this.storedValues = storedValues;
        this.quality = quality;
        this.judging = judging;
        this.mongo = mongo;
        this.batches = batches;
        this.messages = messages;
    }

    /** A row that passed screening, with the id its measurement will have. */
    private record Candidate(BatchRow row, String measurementId, Submission submission) {

        String key() {
            return submission.indicator().indicatorId() + "|" + submission.period().code();
        }
    }

    /** What screening knows about the whole batch. */
    private record Context(Scope scope, Instant now, Map<String, Indicator> readable,
                           Map<String, List<StoredValues.Stored>> stored, Map<String, Candidate> candidates) {
    }

    BatchReceipt submit(List<BatchRow> rows, Scope scope) {
        String batchId = Measurement.newId();
        Set<String> ids = rows.stream().map(BatchRow::indicatorId).filter(Objects::nonNull).map(String::strip)
                .filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        Map<String, Indicator> readable = ids.isEmpty() ? Map.of() : indicators.findAllReadable(ids, scope);
        Context context = new Context(scope, Moments.now(), readable,
                readable.isEmpty() ? Map.of() : storedValues.of(readable.values()), new LinkedHashMap<>());
        BatchReceipt.Row[] outcomes = new BatchReceipt.Row[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            outcomes[i] = screen(rows.get(i), context);
        }
        List<Candidate> candidates = List.copyOf(context.candidates().values());
        if (!candidates.isEmpty()) {
            store(batchId, candidates, context, outcomes);
        }
        return BatchReceipt.of(batchId, List.of(outcomes));
    }

    /** The row's outcome when screening decides it; null when it becomes a candidate for storing. */
    private BatchReceipt.Row screen(BatchRow row, Context context) {
        List<FieldViolation> violations = new ArrayList<>();
        String indicatorId = row.indicatorId() == null ? null : row.indicatorId().strip();
        required(violations, "innovationId", row.innovationId());
        required(violations, "indicatorId", indicatorId);
        required(violations, "period", row.period());
        required(violations, "value", row.value());
        tooLong(violations, "note", row.note(), 2000);
        tooLong(violations, "evidenceUrl", row.evidenceUrl(), 2048);
        tooLong(violations, "source", row.source(), 64);
        if (indicatorId == null || indicatorId.isEmpty()) {
            return refused(row, null, violations);
        }
        Indicator indicator = context.readable().get(indicatorId);
        if (indicator == null) {
            // one the caller cannot read is answered like one that has not arrived: its existence stays hidden
            violations.add(new FieldViolation("indicatorId", "indicator-unknown", indicatorId));
            return refused(row, indicatorId, violations);
        }
        if (!context.scope().canWrite(indicator.regionCode(), indicator.opdCode())) {
            violations.add(new FieldViolation("indicatorId", "indicator-not-writable", indicatorId));
            return refused(row, indicatorId, violations);
        }
        if (indicator.isRetired()) {
            violations.add(new FieldViolation("indicatorId", "indicator-retired", indicatorId));
            return refused(row, indicatorId, violations);
        }
        if (indicator.isClosed()) {
            violations.add(new FieldViolation("innovationId", "innovation-closed", indicator.innovationId(),
                    indicator.innovationStage()));
            return refused(row, indicatorId, violations);
        }
        BigDecimal value = null;
        if (row.value() != null && !row.value().isBlank()) {
            value = MeasurementValue.read(row.value(), indicator.kind()).orElse(null);
            if (value == null) {
                violations.add(new FieldViolation("value", "value-type", row.value(), indicator.kind()));
            }
        }
        Instant measuredAt = null;
        if (row.measuredAt() != null && !row.measuredAt().isBlank()) {
            measuredAt = instant(row.measuredAt());
            if (measuredAt == null) {
                violations.add(new FieldViolation("measuredAt", "measured-at-format", row.measuredAt()));
            }
        }
        MeasurementRules.Checked checked = MeasurementRules.check(indicator, row.innovationId(), row.period(), value,
                row.evidenceUrl(), measuredAt, context.now());
        violations.addAll(checked.violations());
        if (!violations.isEmpty()) {
            return refused(row, indicatorId, violations);
        }
        Submission submission = new Submission(indicator, checked.period(), value, row.note(), row.evidenceUrl(),
                measuredAt, Submission.sourceOf(row.source(), context.scope().caller()));
        return matchNaturalKey(row, submission, context);
    }

    /** A resend of what is stored (or came earlier in the batch) is a duplicate; another value for it is refused. */
    private BatchReceipt.Row matchNaturalKey(BatchRow row, Submission submission, Context context) {
        String indicatorId = submission.indicator().indicatorId();
        String period = submission.period().code();
        Optional<StoredValues.Stored> stored = context.stored().getOrDefault(indicatorId, List.of()).stream()
                .filter(value -> value.period().equals(period)).findFirst();
        if (stored.isPresent()) {
            StoredValues.Stored existing = stored.get();
            if (sameSourceAndValue(existing.source(), existing.value(), submission)) {
                return duplicate(row, existing.id(), indicatorId, period);
            }
            return refused(row, indicatorId, List.of(new FieldViolation("period", "period-measured", period,
                    existing.id())));
        }
        Candidate candidate = new Candidate(row, Measurement.idOf(indicatorId, period), submission);
        Candidate earlier = context.candidates().putIfAbsent(candidate.key(), candidate);
        if (earlier == null) {
            return null;
        }
        if (sameSourceAndValue(earlier.submission().source(), earlier.submission().value(), submission)) {
            return duplicate(row, earlier.measurementId(), indicatorId, period);
        }
        return refused(row, indicatorId, List.of(new FieldViolation("period", "period-twice-in-batch", period,
                earlier.row().row())));
    }

    private void store(String batchId, List<Candidate> candidates, Context context, BatchReceipt.Row[] outcomes) {
        String subject = context.scope().caller().subject();
        Map<String, List<BigDecimal>> earlier = earlierValues(candidates, context);
        Map<String, QualityCheck> checks = new HashMap<>();
        List<Measurement> documents = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Submission submission = candidate.submission();
            List<BigDecimal> before = earlier.get(candidate.measurementId());
            Set<QualityFlag> flags = checks.computeIfAbsent(submission.indicator().indicatorId(),
                    id -> quality.forIndicator(submission.indicator()))
                    .flags(before, submission.value(), submission.evidenceUrl());
            documents.add(Measurement.inBatch(candidate.measurementId(), submission, subject, context.now(), flags,
                    batchId));
        }
        MeasurementBatch batch = batches.open(batchId, documents.stream().map(Measurement::id).toList(), context.now());
        Set<Integer> failed = insert(documents);
        Map<String, List<StoredValues.Stored>> storedNow = failed.isEmpty() ? Map.of()
                : storedValues.ofAny(failed.stream().map(i -> candidates.get(i).submission().indicator().indicatorId())
                        .collect(Collectors.toSet()));
        List<Measurement> inserted = new ArrayList<>();
        List<OutboxEvent> events = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (failed.contains(i)) {
                outcomes[candidate.row().row() - 1] = lostRace(candidate, storedNow);
                continue;
            }
            Measurement measurement = documents.get(i);
            Submission submission = candidate.submission();
            inserted.add(measurement);
            events.add(OutboxEvent.of(measurement.announced(judging.assess(submission.indicator(), submission.period(),
                    submission.value(), earlier.get(candidate.measurementId())))));
            outcomes[candidate.row().row() - 1] = new BatchReceipt.Row(candidate.row().row(),
                    BatchReceipt.Outcome.ACCEPTED, measurement.id(), measurement.indicatorId(),
                    measurement.period(), measurement.flags(), List.of());
        }
        batches.announce(batch, inserted, events);
        compliance.submitted(inserted.stream().map(m -> ReportingCompliance.key(m.indicatorId(), m.period())).toList(),
                context.now());
        if (judge(inserted, context)) {
            batches.judged(batchId);
        }
    }

    /**
     * The values of the periods before each candidate's, by its measurement id: those stored and those earlier in
     * the batch. Its quality flags are checked against them and, for a flow trend, its running total summed.
     */
    private static Map<String, List<BigDecimal>> earlierValues(List<Candidate> candidates, Context context) {
        Map<String, List<Candidate>> byIndicator = candidates.stream()
                .collect(Collectors.groupingBy(c -> c.submission().indicator().indicatorId()));
        Map<String, List<BigDecimal>> earlier = new HashMap<>();
        byIndicator.forEach((indicatorId, ofIndicator) -> {
            List<StoredValues.Stored> stored = context.stored().getOrDefault(indicatorId, List.of());
            for (Candidate candidate : ofIndicator) {
                Submission submission = candidate.submission();
                earlier.put(candidate.measurementId(), Stream.concat(
                        StoredValues.before(stored, submission.period().end()).stream(),
                        ofIndicator.stream().map(Candidate::submission)
                                .filter(other -> other.period().end().isBefore(submission.period().end()))
                                .map(Submission::value)).toList());
            }
        });
        return earlier;
    }

    /** @return the positions of the documents another writer's measurement of the same period kept out */
    private Set<Integer> insert(List<Measurement> documents) {
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Measurement.class).insert(documents).execute();
            return Set.of();
        } catch (BulkOperationException refused) {
            Set<Integer> failed = new HashSet<>();
            for (BulkWriteError error : refused.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw refused;
                }
                failed.add(error.getIndex());
            }
            return failed;
        }
    }

    /** A candidate whose period another request stored first: a duplicate if it is the same value, else refused. */
    private BatchReceipt.Row lostRace(Candidate candidate, Map<String, List<StoredValues.Stored>> storedNow) {
        Submission submission = candidate.submission();
        String indicatorId = submission.indicator().indicatorId();
        String period = submission.period().code();
        return storedNow.getOrDefault(indicatorId, List.of()).stream().filter(s -> s.period().equals(period))
                .findFirst()
                .map(existing -> sameSourceAndValue(existing.source(), existing.value(), submission)
                        ? duplicate(candidate.row(), existing.id(), indicatorId, period)
                        : refused(candidate.row(), indicatorId,
                                List.of(new FieldViolation("period", "period-measured", period, existing.id()))))
                .orElseGet(() -> refused(candidate.row(), indicatorId,
                        List.of(new FieldViolation("period", "period-measured", period, "?"))));
    }

    /**
     * Judges each indicator once, by its latest period, when the batch brought it (a batch that only fills earlier
     * periods leaves a last value's judgement as it is), all of them together, then brings the running totals of its
     * flows up to date with what is stored ({@link RunningTotalCheck}).
     *
     * @return whether every indicator was judged; if not, the batch stays unjudged, for the schedule
     */
    private boolean judge(List<Measurement> inserted, Context context) {
        Map<String, List<Measurement>> byIndicator = inserted.stream()
                .collect(Collectors.groupingBy(Measurement::indicatorId));
        List<IndicatorJudging.Request> requests = new ArrayList<>();
        Set<String> unchanged = new HashSet<>();
        byIndicator.forEach((indicatorId, measurements) -> {
            Measurement latest = measurements.stream().max(Comparator.comparing(Measurement::periodEnd)).orElseThrow();
            List<StoredValues.Stored> stored = context.stored().getOrDefault(indicatorId, List.of());
            if (stored.stream().anyMatch(value -> value.periodEnd().isAfter(latest.periodEnd()))) {
                unchanged.add(indicatorId);
                return;
            }
            Indicator indicator = context.readable().get(indicatorId);
            Period.parse(latest.period(), indicator.frequency()).ifPresentOrElse(
                    period -> requests.add(new IndicatorJudging.Request(indicator, period, latest.value(),
                            latest.flags(), history(stored, measurements))),
                    () -> log.warn("Indicator {} accepted period {} it cannot judge", indicatorId, latest.period()));
        });
        Set<String> judgedIndicators = new HashSet<>(unchanged);
        try {
            judgedIndicators.addAll(judging.judgeAll(requests));
        } catch (RuntimeException e) {
            log.warn("A batch's {} indicators are accepted but not judged yet: {}", requests.size(), e.toString());
        }
        List<Indicator> flows = byIndicator.keySet().stream().map(context.readable()::get)
                .filter(Indicator::isJudgedCumulatively).toList();
        try {
            runningTotalCheck.settle(flows);
        } catch (RuntimeException e) {
            log.warn("A batch's {} flows are accepted but their running totals not judged yet: {}", flows.size(),
                    e.toString());
            flows.forEach(flow -> judgedIndicators.remove(flow.indicatorId()));
        }
        return judgedIndicators.containsAll(byIndicator.keySet());
    }

    /** The values of an indicator, stored before and accepted now, oldest first, for its forecast. */
    private static List<Forecast.Point> history(List<StoredValues.Stored> stored, List<Measurement> accepted) {
        return Stream.concat(stored.stream().map(value -> new Forecast.Point(value.periodEnd(), value.value())),
                        accepted.stream().map(value -> new Forecast.Point(value.periodEnd(), value.value())))
                .sorted(Comparator.comparing(Forecast.Point::day)).toList();
    }

    private static boolean sameSourceAndValue(String source, BigDecimal value, Submission submission) {
        return Objects.equals(source, submission.source()) && value != null
                && value.compareTo(submission.value()) == 0;
    }

    private static void required(List<FieldViolation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "required"));
        }
    }

    private static void tooLong(List<FieldViolation> violations, String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            violations.add(new FieldViolation(field, "too-long", maxLength));
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private BatchReceipt.Row duplicate(BatchRow row, String measurementId, String indicatorId, String period) {
        return new BatchReceipt.Row(row.row(), BatchReceipt.Outcome.DUPLICATE, measurementId, indicatorId, period,
                List.of(), List.of());
    }

    private BatchReceipt.Row refused(BatchRow row, String indicatorId, List<FieldViolation> violations) {
        Locale locale = LocaleContextHolder.getLocale();
        List<BatchReceipt.RowError> errors = violations.stream().map(violation -> new BatchReceipt.RowError(
                violation.field(), violation.message().getCodes()[0], messages.getMessage(violation.message(), locale)))
                .toList();
        return new BatchReceipt.Row(row.row(), BatchReceipt.Outcome.REFUSED, null, indicatorId, row.period(), List.of(),
                errors);
    }
}
