package id.pantau.benchmark;

import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicators a run measures: Dinas PTSP service times in Kota Bandung, each from 10 days on 1 January 2026 down
 * to 5 days by 31 December, reported monthly, ten to an innovation. Ids carry the run id, so that runs never meet.
 */
final class BenchmarkIndicators {

    static final String REGION = "32.73";
    static final String OPD = "2.18.0.00.0.00.01.0000";
    static final int PER_INNOVATION = 10;
    static final BigDecimal BASELINE = new BigDecimal("10");
    static final BigDecimal TARGET = new BigDecimal("5");
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private final String runId;

    BenchmarkIndicators(String runId) {
        this.runId = runId;
    }

    /** The indicator of a set ("warmup", "load", "latency") and number. */
    String indicatorId(String set, int number) {
        return innovationId(set, number / PER_INNOVATION) + "-" + number % PER_INNOVATION;
    }

    String innovationId(String set, int innovation) {
        return "bench-" + runId + "-" + set + "-" + innovation;
    }

    /** The InnovationRegistered events that announce indicators 0..count-1 of a set. */
    List<InnovationRegistered> registrations(String set, int count) {
        List<InnovationRegistered> events = new ArrayList<>();
        for (int innovation = 0; innovation * PER_INNOVATION < count; innovation++) {
            String id = innovationId(set, innovation);
            List<IndicatorDefinition> indicators = new ArrayList<>();
            for (int i = 0; i < PER_INNOVATION && innovation * PER_INNOVATION + i < count; i++) {
                indicators.add(new IndicatorDefinition(id + "-" + i, "Waktu layanan perizinan " + i, IndicatorKind.TREND,
                        "hari", Polarity.LOWER_IS_BETTER, BASELINE, TARGET, DEADLINE, ReportingFrequency.MONTHLY));
            }
            events.add(new InnovationRegistered(id, REGION, OPD, "Dinas PTSP", "Aplikasi layanan perizinan online",
                    "Layanan lambat", "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, InnovationStage.PENERAPAN,
                    START, DEADLINE, indicators, Instant.now()));
        }
        return events;
    }

    /** A value on the linear trajectory at the end of the month: judged on track, no slip. */
    static BigDecimal onTrajectory(YearMonth month) {
        double share = (double) ChronoUnit.DAYS.between(START, month.atEndOfMonth())
                / ChronoUnit.DAYS.between(START, DEADLINE);
        return BASELINE.subtract(BASELINE.subtract(TARGET).multiply(BigDecimal.valueOf(share)))
                .setScale(2, RoundingMode.DOWN);
    }
}
