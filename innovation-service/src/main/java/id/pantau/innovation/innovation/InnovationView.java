package id.pantau.innovation.innovation;

import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.innovation.indicator.EvidenceLink;
import id.pantau.innovation.indicator.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An innovation as the API shows it; {@code version} is also its ETag. {@code replicatedRegionCount} counts the
 * distinct regions, other than its own, that replicated it.
 */
public record InnovationView(String id, String regionCode, String opdCode, String opdName,
                             List<String> supportingOpdCodes, String title, String problem, String plannedInnovation,
                             InnovationForm form, InnovationProfile profile, InnovationStage stage, LocalDate startDate,
                             LocalDate targetDate, LocalDate trialStartDate, LocalDate implementationDate,
                             List<Indicator> indicators, List<StageChange> stageHistory, ReplicaOf replicaOf,
                             List<Replication> replications, long replicatedRegionCount,
                             List<EvidenceLink> evidence, Instant registeredAt,
                             Instant updatedAt, long version) {

    static InnovationView of(Innovation innovation) {
        return new InnovationView(innovation.id(), innovation.regionCode(), innovation.opdCode(),
                innovation.opdName(), innovation.supportingOpdCodes(), innovation.title(), innovation.problem(),
                innovation.plannedInnovation(), innovation.form(), innovation.profile(), innovation.stage(),
                innovation.startDate(), innovation.targetDate(), innovation.trialStartDate(),
                innovation.implementationDate(), innovation.indicators(), innovation.stageHistory(),
                innovation.replicaOf(), innovation.replications(), innovation.replicatedRegionCount(),
                innovation.evidence(),
                innovation.registeredAt(), innovation.updatedAt(), innovation.version());
    }
}
