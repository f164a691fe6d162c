package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.Violations;
import id.pantau.innovation.indicator.Indicator;
import id.pantau.innovation.indicator.NewIndicator;
import java.time.Period;
import java.util.List;

/**
 * Replication (replikasi): an adopting OPD, in the same or another region, takes an innovation over. The replica
 * is a new innovation registered by the rules of any registration, in the adopter's region and OPD, with the
 * original's description, profile and indicators in use (their deadlines at the replica's target date, linear
 * until the adopter sets its own period targets, its baselines to be revised where the adopter's differ). Its own OPD cannot replicate an innovation, and one OPD
 * replicates one innovation once.
 */
public final class ReplicationRules {

    private ReplicationRules() {
    }

    /**
     * @throws ApiProblem 409 {@code replication-exists} when the adopter has replicated it already; 400 listing
     *                    every broken rule of the request (the registration's rules follow in {@link #replicaRow})
     */
    public static void check(Innovation source, ReplicationRequest request) {
        String region = strip(request.regionCode());
        String opd = strip(request.opdCode());
        if (source.replications().stream().anyMatch(replication -> replication.adopterRegionCode().equals(region)
                && replication.adopterOpdCode().equals(opd))) {
            throw ApiProblem.conflict("replication-exists", source.id(), opd, region);
        }
        Violations violations = new Violations();
        if (source.regionCode().equals(region) && source.opdCode().equals(opd)) {
            violations.add("opdCode", "replication-same-opd", opd);
        }
        if (violations.required("date", request.date()) && request.date().isBefore(source.startDate())) {
            violations.add("date", "replication-before-origin", request.date(), source.startDate());
        }
        EvidenceRules.check(request.documents(), "documents", violations);
        violations.throwIfAny();
    }

    /** The action-plan row the replica is registered with. */
    public static NewInnovation replicaRow(Innovation source, ReplicationRequest request) {
        boolean ownTargetTime = request.targetDate() != null || request.targetDuration() != null;
        Period originalLength = Period.between(source.startDate(), source.targetDate().plusDays(1));
        List<NewIndicator> indicators = source.indicators().stream().filter(Indicator::inUse)
                .map(indicator -> new NewIndicator(indicator.name(), indicator.kind(), indicator.unit(),
                        indicator.polarity(), indicator.baseline(), indicator.target(), null, indicator.frequency(),
                        indicator.aggregation(), indicator.achievementFormula(), null, indicator.evidenceRequired()))
                .toList();
        return new NewInnovation(request.regionCode(), request.opdCode(), List.of(), source.title(), source.problem(),
                source.plannedInnovation(), source.form(), source.profile(),
                request.startDate() == null ? request.date() : request.startDate(), request.targetDate(),
                ownTargetTime ? request.targetDuration() : originalLength, null, null, indicators);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
