package id.pantau.reporting.compliance;

import id.pantau.calendar.WorkingCalendar;
import id.pantau.events.Period;
import id.pantau.events.ReportingFrequency;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.compliance.ComplianceReport.DueReport;
import id.pantau.reporting.compliance.ComplianceReport.OpdCompliance;
import id.pantau.reporting.compliance.ComplianceReport.Status;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which reports fell due and when they arrived. An indicator owes one report per period of its frequency, from the
 * innovation's start to the indicator's deadline (or retirement), due the configured number of working days after the
 * period's end; the periods counted are those inside the report period that fell due by today. A report is on time
 * when its measurement was recorded on or before the due day.
 */
@Component
public class ReportingCompliance {

    private final Clock clock;
    private final ReportingSettings settings;
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    ReportingCompliance(Clock clock, ReportingSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public ReportPeriod periodOf(ReportPeriod asked) {
        return asked != null ? asked : ReportPeriod.parse(String.valueOf(LocalDate.now(clock).getYear())).orElseThrow();
    }

    public ComplianceReport report(String region, List<ActionPlan> plans, ReportPeriod period,
                            Map<String, List<MeasurementRecord>> history) {
        LocalDate today = LocalDate.now(clock);
        List<DueReport> reports = new ArrayList<>();
        for (ActionPlan plan : plans) {
            for (IndicatorEntry indicator : plan.indicators().values()) {
                if (indicator.kind() != null && indicator.frequency() != null && plan.startDate() != null) {
                    reports.addAll(dueReports(plan, indicator, period, today,
                            history.getOrDefault(indicator.indicatorId(), List.of())));
                }
            }
        }
        reports.sort(Comparator.comparing(DueReport::opdName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(DueReport::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(DueReport::indicatorId).thenComparing(DueReport::dueDate));
        Map<String, List<DueReport>> byOpd = new LinkedHashMap<>();
        reports.forEach(report -> byOpd.computeIfAbsent(String.valueOf(report.opdCode()), opd -> new ArrayList<>()).add(report));
        List<OpdCompliance> opds = new ArrayList<>();
        byOpd.values().forEach(due -> opds.add(compliance(opds.size() + 1, due)));
        return new ComplianceReport(region, period, Instant.now(clock), opds, reports);
    }

    private List<DueReport> dueReports(ActionPlan plan, IndicatorEntry indicator, ReportPeriod window, LocalDate today,
                                       List<MeasurementRecord> measured) {
        LocalDate last = indicator.deadline() != null ? indicator.deadline() : window.end();
        if (indicator.retiredAt() != null) {
            LocalDate retired = indicator.retiredAt().atZone(clock.getZone()).toLocalDate();
            last = retired.isBefore(last) ? retired : last;
        }
        List<DueReport> due = new ArrayList<>();
        for (Period period = containing(indicator.frequency(), plan.startDate()); !period.start().isAfter(last);
             period = containing(indicator.frequency(), period.end().plusDays(1))) {
            LocalDate dueDate = calendar.plusWorkingDays(period.end(), settings.graceWorkingDays());
            Optional<LocalDate> receivedOn = received(measured, period);
            if (!window.covers(period) || dueDate.isAfter(today) && receivedOn.isEmpty()) {
                continue; // outside the report period, or not due yet and not sent early
            }
            Status status = receivedOn.isEmpty() ? Status.MISSING
                    : receivedOn.get().isAfter(dueDate) ? Status.LATE : Status.ON_TIME;
            due.add(new DueReport(plan.opdCode(), plan.opdName(), plan.innovationId(), plan.title(),
                    indicator.indicatorId(), indicator.name(), period.code(), dueDate, receivedOn.orElse(null), status));
        }
        return due;
    }

    private Optional<LocalDate> received(List<MeasurementRecord> measured, Period period) {
        return measured.stream().filter(record -> record.period().equals(period.code()))
                .map(record -> record.measuredAt().atZone(clock.getZone()).toLocalDate()).findFirst();
    }

    private static OpdCompliance compliance(int no, List<DueReport> due) {
        int onTime = (int) due.stream().filter(report -> report.status() == Status.ON_TIME).count();
        int late = (int) due.stream().filter(report -> report.status() == Status.LATE).count();
        BigDecimal rate = BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due.size()), 2, RoundingMode.HALF_UP);
        return new OpdCompliance(no, due.get(0).opdCode(), due.get(0).opdName(), due.size(), onTime, late,
                due.size() - onTime - late, rate);
    }

    /** The period of this frequency that contains the day. */
    static Period containing(ReportingFrequency frequency, LocalDate day) {
        int year = day.getYear();
        int month = day.getMonthValue();
        return Period.of(switch (frequency) {
            case MONTHLY -> String.format("%d-%02d", year, month);
            case QUARTERLY -> year + "-Q" + ((month - 1) / 3 + 1);
            case SEMESTER -> year + "-S" + ((month - 1) / 6 + 1);
            case YEARLY -> String.valueOf(year);
        });
    }
}
