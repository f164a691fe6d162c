package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;
import id.pantau.innovation.etag.Etags;
import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.events.InnovationStageChanged;
import id.pantau.events.InnovationUpdated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Changes registered innovations: their descriptive fields and their stage. Every change names the version it
 * was made on (If-Match), is refused on an archived innovation, is checked against the caller's scope like a
 * registration (404 outside what it reads, 403 for another OPD), and is written with its event and audit entry.
 */
@Service
public class InnovationEditor {

    private final InnovationRegister register;
    private final InnovationStore store;
    private final DirectoryLookup directory;
    private final InnovationSettings settings;
    private final OutboxRelay relay;

    public InnovationEditor(InnovationRegister register, InnovationStore store, DirectoryLookup directory,
                            InnovationSettings settings, OutboxRelay relay) {
        this.register = register;
        this.store = store;
        this.directory = directory;
        this.settings = settings;
        this.relay = relay;
    }

    /** Announces the new descriptive fields as InnovationUpdated. */
    public Innovation update(String id, String ifMatch, InnovationPatch patch) {
        Innovation current = changeable(id, ifMatch);
        Instant now = Moments.now();
        Innovation updated = InnovationRules.update(current, patch, directory, settings, now);
        InnovationUpdated event = new InnovationUpdated(updated.id(), updated.regionCode(), updated.opdCode(),
                updated.title(), updated.problem(), updated.plannedInnovation(), updated.form(), updated.targetDate(),
                now);
        return write(current, updated, "update", OutboxEvent.of(event));
    }

    /** Announces the move as InnovationStageChanged. */
    public Innovation changeStage(String id, String ifMatch, StageRequest request) {
        Innovation current = changeable(id, ifMatch);
        Innovation moved = StageRules.move(current, request, Scope.current().caller().subject(), Moments.now());
        StageChange change = moved.stageHistory().get(moved.stageHistory().size() - 1);
        OutboxEvent announcement = OutboxEvent.of(
                new InnovationStageChanged(moved.id(), moved.regionCode(), moved.opdCode(), change.from(),
                        change.to(), change.reason(), change.changedBy(), change.changedAt()));
        return write(current, moved, "stage", announcement);
    }

    /** The innovation to change, if the caller may change it and names its current version. */
    Innovation changeable(String id, String ifMatch) {
        Innovation current = register.find(id);
        Scope.current().checkWrite(current.regionCode(), current.opdCode());
        Etags.check(ifMatch, current.version());
        if (current.stage() == InnovationStage.DIARSIPKAN) {
            throw ApiProblem.conflict("innovation-archived", id);
        }
        return current;
    }

    /** Writes the change with its announcement (if any) and audit entry, then has them relayed. */
    Innovation write(Innovation current, Innovation changed, String action, OutboxEvent announcement) {
        List<OutboxEvent> pending = new ArrayList<>();
        if (announcement != null) {
            pending.add(announcement);
        }
        pending.add(AuditEntry.of(InnovationRegister.AUDITED_ENTITY, changed.id(), action, changed.regionCode(),
                changed.opdCode(), InnovationView.of(current), InnovationView.of(changed)).toOutbox());
        store.write(current, changed, pending);
        relay.relaySoon();
        return changed;
    }
}
