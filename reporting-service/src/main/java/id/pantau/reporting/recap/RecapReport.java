package id.pantau.reporting.recap;

import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.reporting.period.ReportPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Rekapitulasi Inovasi Daerah: the innovations of a region counted per OPD by stage and form, new (started within
 * the period) and ongoing (started before it), and stage by form for the whole region.
 *
 * @param period the period counted; the current year when none was asked for
 */
public record RecapReport(String region, ReportPeriod period, Instant generatedAt, List<OpdCounts> opds, Counts total,
                          List<StageByForm> stageByForm) {

    /** Every stage and form appears, with 0 where none. */
    public record Counts(Map<InnovationStage, Integer> byStage, Map<InnovationForm, Integer> byForm,
                         int newInnovations, int ongoing, int total) {
    }

    public record OpdCounts(int no, String opdCode, String opdName, Counts counts) {
    }

    public record StageByForm(InnovationStage stage, Map<InnovationForm, Integer> byForm, int total) {
    }
}
