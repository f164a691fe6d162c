package id.pantau.innovation.innovation;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.Violations;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.events.IndicatorAdded;
import id.pantau.events.IndicatorRetired;
import id.pantau.events.IndicatorTargetRevised;
import id.pantau.innovation.indicator.EvidenceLink;
import id.pantau.innovation.indicator.Indicator;
import id.pantau.innovation.indicator.IndicatorRetirement;
import id.pantau.innovation.indicator.IndicatorRevision;
import id.pantau.innovation.indicator.IndicatorRules;
import id.pantau.innovation.indicator.NewIndicator;
import id.pantau.innovation.indicator.TargetRevision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Changes the success indicators and evidence of a registered innovation: adds an indicator, revises a target
 * or deadline, retires one, links evidence. Each is a change of the innovation (If-Match, scope, archive and
 * audit as for any change); the indicator changes are announced by their own events.
 */
@Service
public class IndicatorChanges {

    private final InnovationEditor editor;
    private final InnovationSettings settings;

    public IndicatorChanges(InnovationEditor editor, InnovationSettings settings) {
        this.editor = editor;
        this.settings = settings;
    }

    /** Announces IndicatorAdded with the new indicator's definition. */
    public Innovation add(String innovationId, String ifMatch, NewIndicator request) {
        Innovation current = editor.changeable(innovationId, ifMatch);
        IndicatorRules.checkAddition(request, current.indicators(), settings.maxIndicators(), current.startDate(),
                current.targetDate());
        Instant now = Moments.now();
        Indicator added = IndicatorRules.define(ObjectId.get().toHexString(), request, current.targetDate());
        List<Indicator> indicators = new ArrayList<>(current.indicators());
        indicators.add(added);
        Innovation changed = current.withIndicators(indicators, now);
        return editor.write(current, changed, "add-indicator", OutboxEvent.of(new IndicatorAdded(changed.id(),
                changed.regionCode(), changed.opdCode(), added.toDefinition(), caller(), now)));
    }

    /** Announces IndicatorTargetRevised with the old and new target and deadline. */
    public Innovation revise(String innovationId, String indicatorId, String ifMatch, IndicatorRevision request) {
        Innovation current = editor.changeable(innovationId, ifMatch);
        Instant now = Moments.now();
        Indicator revised = IndicatorRules.revise(indicator(current, indicatorId), request, current.startDate(),
                current.targetDate(), caller(), now);
        TargetRevision revision = revised.revisions().get(revised.revisions().size() - 1);
        Innovation changed = current.withIndicators(replace(current, revised), now);
        return editor.write(current, changed, "revise-indicator", OutboxEvent.of(new IndicatorTargetRevised(
                changed.id(), changed.regionCode(), changed.opdCode(), indicatorId, revision.oldTarget(),
                revision.newTarget(), revision.oldDeadline(), revision.newDeadline(), revision.reason(),
                revision.revisedBy(), revision.revisedAt())));
    }

    /** Announces IndicatorRetired. */
    public Innovation retire(String innovationId, String indicatorId, String ifMatch, IndicatorRetirement request) {
        Innovation current = editor.changeable(innovationId, ifMatch);
        Instant now = Moments.now();
        Indicator retired = IndicatorRules.retire(indicator(current, indicatorId), current.indicators(), request,
                caller(), now);
        Innovation changed = current.withIndicators(replace(current, retired), now);
        return editor.write(current, changed, "retire-indicator", OutboxEvent.of(new IndicatorRetired(changed.id(),
                changed.regionCode(), changed.opdCode(), indicatorId, retired.retiredReason(), retired.retiredBy(),
                now)));
    }

    /**
     * Adds an evidence link to the innovation, or to one of its indicators; audited as {@code add-evidence}. No
     * event announces it: the links are this service's record, not what other services judge by.
     */
    public Innovation addEvidence(String innovationId, String ifMatch, EvidenceRequest request) {
        Innovation current = editor.changeable(innovationId, ifMatch);
        Violations violations = new Violations();
        EvidenceRules.checkOne(request.link(), "", violations);
        violations.throwIfAny();
        EvidenceLink link = EvidenceRules.normalised(request.link());
        boolean forIndicator = request.indicatorId() != null && !request.indicatorId().isBlank();
        Instant now = Moments.now();
        Innovation changed = forIndicator
                ? current.withIndicators(replace(current, indicator(current, request.indicatorId().strip())
                .withEvidence(link)), now)
                : current.withEvidence(link, now);
        return editor.write(current, changed, "add-evidence", null);
    }

    private static Indicator indicator(Innovation innovation, String indicatorId) {
        return innovation.indicators().stream().filter(indicator -> indicator.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("indicator-not-found", indicatorId, innovation.id()));
    }

    private static List<Indicator> replace(Innovation innovation, Indicator changed) {
        return innovation.indicators().stream()
                .map(indicator -> indicator.id().equals(changed.id()) ? changed : indicator)
                .toList();
    }

    private static String caller() {
        return Scope.current().caller().subject();
    }
}
