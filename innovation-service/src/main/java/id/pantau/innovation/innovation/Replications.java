package id.pantau.innovation.innovation;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.events.InnovationReplicated;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Records replications: registers the replica in the adopter's region and OPD (InnovationRegistered), then adds
 * the replication to its original (InnovationReplicated). Without transactions these are two writes; the replica
 * is written first and names its original, so an original that missed its entry (a crash between the two) can
 * be completed from its replicas.
 */
@Service
public class Replications {

    private final InnovationRegister register;
    private final MongoTemplate mongo;
    private final DirectoryLookup directory;
    private final InnovationSettings settings;
    private final OutboxRelay relay;

    public Replications(InnovationRegister register, MongoTemplate mongo, DirectoryLookup directory,
                        InnovationSettings settings, OutboxRelay relay) {
        this.register = register;
        this.mongo = mongo;
        this.directory = directory;
        this.settings = settings;
        this.relay = relay;
    }

    /**
     * @throws id.pantau.defaults.problem.ApiProblem 404 for an original the caller cannot read or an adopter region
     *         outside its scope, 403 for an adopter OPD it may not register for, 409 for a replication recorded
     *         already, 400 for invalid input
     */
    public Innovation replicate(String sourceId, ReplicationRequest request) {
        Innovation source = register.find(sourceId);
        if (request.regionCode() != null && !request.regionCode().isBlank()) {
            Scope.current().checkWrite(request.regionCode().strip(),
                    request.opdCode() == null ? null : request.opdCode().strip());
        }
        ReplicationRules.check(source, request);
        String subject = Scope.current().caller().subject();
        Instant now = Moments.now();
        ReplicaOf origin = new ReplicaOf(source.id(), source.regionCode(), source.opdCode(), request.date(),
                EvidenceRules.normalised(request.documents()));
        Innovation replica = InnovationRules.register(ReplicationRules.replicaRow(source, request), directory,
                settings, () -> ObjectId.get().toHexString(), subject, now).replicating(origin);
        mongo.insert(replica.audited(AuditEntry.of(InnovationRegister.AUDITED_ENTITY, replica.id(), "register",
                replica.regionCode(), replica.opdCode(), null, InnovationView.of(replica))));

        Replication replication = new Replication(replica.id(), replica.regionCode(), replica.opdCode(),
                request.date(), origin.documents(), subject, now);
        InnovationReplicated event = new InnovationReplicated(source.id(), source.regionCode(), source.opdCode(),
                replica.id(), replica.regionCode(), replica.opdCode(), now);
        AuditEntry audit = AuditEntry.of(InnovationRegister.AUDITED_ENTITY, source.id(), "replicate",
                source.regionCode(), source.opdCode(), null, replication);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(source.id())), new Update()
                .push("replications", replication)
                .push("outbox").each(OutboxEvent.of(event), audit.toOutbox())
                .inc("version", 1)
                .set("updatedAt", now), Innovation.class);
        relay.relaySoon();
        return replica;
    }
}
