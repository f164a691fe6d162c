package id.pantau.innovation.innovation;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.innovation.indicator.EvidenceLink;
import id.pantau.innovation.indicator.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An innovation of one OPD with its success indicators: the aggregate whose changes are announced on
 * {@code innovation-events}, through its {@code outbox} written in the same insert or update; the outbox also
 * carries the audit entry of each change made through the API to the audit trail. {@code version} counts its
 * changes: it is the ETag a client must send back (If-Match) to change it.
 */
@Document("innovations")
@CompoundIndexes({
        @CompoundIndex(name = "region_registered", def = "{'regionCode': 1, 'registeredAt': -1}"),
        @CompoundIndex(name = "region_opd_registered", def = "{'regionCode': 1, 'opdCode': 1, 'registeredAt': -1}")})
public record Innovation(
        @Id String id,
        String regionCode,
        String opdCode,
        String opdName,
        List<String> supportingOpdCodes,
        String title,
        String problem,
        String plannedInnovation,
        InnovationForm form,
        InnovationProfile profile,
        InnovationStage stage,
        LocalDate startDate,
        LocalDate targetDate,
        LocalDate trialStartDate,
        LocalDate implementationDate,
        List<Indicator> indicators,
        List<StageChange> stageHistory,
        ReplicaOf replicaOf,
        List<Replication> replications,
        List<EvidenceLink> evidence,
        Instant registeredAt,
        Instant updatedAt,
        long version,
        List<OutboxEvent> outbox) {

    public Innovation {
        supportingOpdCodes = supportingOpdCodes == null ? List.of() : supportingOpdCodes;
        profile = profile == null ? InnovationProfile.EMPTY : profile;
        stageHistory = stageHistory == null ? List.of() : stageHistory;
        replications = replications == null ? List.of() : replications;
        evidence = evidence == null ? List.of() : evidence;
        outbox = outbox == null ? List.of() : outbox;
    }

    /** A new innovation, at the first stage (inisiatif), carrying its InnovationRegistered event. */
    static Innovation registered(String id, Registration registration, List<Indicator> indicators,
                                 String registeredBy, Instant registeredAt) {
        InnovationRegistered event = new InnovationRegistered(id, registration.regionCode(), registration.opdCode(),
                registration.opdName(), registration.title(), registration.problem(), registration.plannedInnovation(),
                registration.form(), InnovationStage.INISIATIF, registration.startDate(), registration.targetDate(),
                indicators.stream().map(Indicator::toDefinition).toList(), registeredAt);
        return new Innovation(id, registration.regionCode(), registration.opdCode(), registration.opdName(),
                registration.supportingOpdCodes(), registration.title(), registration.problem(),
                registration.plannedInnovation(), registration.form(), registration.profile(),
                InnovationStage.INISIATIF, registration.startDate(), registration.targetDate(),
                registration.trialStartDate(), registration.implementationDate(), List.copyOf(indicators),
                List.of(new StageChange(null, InnovationStage.INISIATIF, null, registeredBy, registeredAt)), null,
                List.of(), List.of(), registeredAt, registeredAt, 0, List.of(OutboxEvent.of(event)));
    }

    /** The descriptive fields of a registration, checked by {@link InnovationRules}. */
    record Registration(String regionCode, String opdCode, String opdName, List<String> supportingOpdCodes,
                        String title, String problem, String plannedInnovation, InnovationForm form,
                        InnovationProfile profile, LocalDate startDate, LocalDate targetDate,
                        LocalDate trialStartDate, LocalDate implementationDate) {
    }

    /** This innovation carrying, after its events, the audit entry of its change, to be written with it. */
    Innovation audited(AuditEntry entry) {
        List<OutboxEvent> pending = new ArrayList<>(outbox);
        pending.add(entry.toOutbox());
        return withOutbox(List.copyOf(pending));
    }

    Innovation withOutbox(List<OutboxEvent> pending) {
        return new Innovation(id, regionCode, opdCode, opdName, supportingOpdCodes, title, problem, plannedInnovation,
                form, profile, stage, startDate, targetDate, trialStartDate, implementationDate, indicators,
                stageHistory, replicaOf, replications, evidence, registeredAt, updatedAt, version, pending);
    }

    /** This innovation at another stage, with the step added to its history and its effective dates. */
    Innovation movedTo(StageChange change, LocalDate trialStart, LocalDate implementation) {
        List<StageChange> history = new ArrayList<>(stageHistory);
        history.add(change);
        return new Innovation(id, regionCode, opdCode, opdName, supportingOpdCodes, title, problem, plannedInnovation,
                form, profile, change.to(), startDate, targetDate, trialStart, implementation, indicators,
                List.copyOf(history), replicaOf, replications, evidence, registeredAt, change.changedAt(), version + 1, List.of());
    }

    /** This innovation with new descriptive fields, one version on. */
    Innovation described(String newTitle, String newProblem, String newPlannedInnovation, InnovationForm newForm,
                         List<String> newSupportingOpdCodes, InnovationProfile newProfile, LocalDate newTargetDate,
                         LocalDate newTrialStart, LocalDate newImplementation, Instant now) {
        return new Innovation(id, regionCode, opdCode, opdName, newSupportingOpdCodes, newTitle, newProblem,
                newPlannedInnovation, newForm, newProfile, stage, startDate, newTargetDate, newTrialStart,
                newImplementation, indicators, stageHistory, replicaOf, replications, evidence, registeredAt, now, version + 1,
                List.of());
    }

    /** This innovation with other indicators, one version on. */
    Innovation withIndicators(List<Indicator> newIndicators, Instant now) {
        return new Innovation(id, regionCode, opdCode, opdName, supportingOpdCodes, title, problem, plannedInnovation,
                form, profile, stage, startDate, targetDate, trialStartDate, implementationDate,
                List.copyOf(newIndicators), stageHistory, replicaOf, replications, evidence, registeredAt, now, version + 1,
                List.of());
    }

    /** This innovation with one more evidence link, one version on. */
    Innovation withEvidence(EvidenceLink link, Instant now) {
        List<EvidenceLink> links = new ArrayList<>(evidence);
        links.add(link);
        return new Innovation(id, regionCode, opdCode, opdName, supportingOpdCodes, title, problem, plannedInnovation,
                form, profile, stage, startDate, targetDate, trialStartDate, implementationDate, indicators,
                stageHistory, replicaOf, replications, List.copyOf(links), registeredAt, now, version + 1, List.of());
    }

    /** This new innovation as the replica of another, with what it was registered with in its outbox. */
    Innovation replicating(ReplicaOf source) {
        return new Innovation(id, regionCode, opdCode, opdName, supportingOpdCodes, title, problem, plannedInnovation,
                form, profile, stage, startDate, targetDate, trialStartDate, implementationDate, indicators,
                stageHistory, source, replications, evidence, registeredAt, updatedAt, version, outbox);
    }

    /** The regions other than its own where this innovation has been replicated, as the IID counts them. */
    long replicatedRegionCount() {
        return replications.stream().map(Replication::adopterRegionCode).filter(region -> !region.equals(regionCode))
                .distinct().count();
    }
}
