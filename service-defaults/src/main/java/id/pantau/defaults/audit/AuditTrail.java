package id.pantau.defaults.audit;

import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.PantauJson;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The service's append-only, hash-chained audit trail. Appending takes the next sequence number after the last
 * link; two writers racing for the same number both insert and the loser, refused by the unique {@code _id},
 * tries again on top of the winner: no transactions needed, no fork possible. An entry already appended (the
 * relay retrying after a crash) is recognised by its id and not appended twice.
 */
public class AuditTrail {

    private static final int VERIFY_BATCH = 1_000;

    private final MongoTemplate mongo;

    public AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Appends an entry taken from an outbox (its JSON payload); returns its link. */
    public AuditRecord append(String entryId, String payload) {
        return append(entryId, PantauJson.mapper().readValue(payload, AuditEntry.class));
    }

    /**
     * Appends the entry of a change that leaves no document whose outbox could carry it (e.g. starting a
     * background job), right after the change; it gets an entry id of its own.
     */
    public AuditRecord append(AuditEntry entry) {
        return append(UUID.randomUUID().toString(), entry);
    }

    private AuditRecord append(String entryId, AuditEntry entry) {
        while (true) {
            AuditRecord existing = mongo.findOne(Query.query(Criteria.where("entryId").is(entryId)), AuditRecord.class);
            if (existing != null) {
                return existing;
            }
            AuditRecord last = last();
            AuditRecord link = AuditRecord.link(last == null ? 1 : last.sequence() + 1, entryId, entry,
                    last == null ? AuditRecord.GENESIS : last.hash());
            try {
                return mongo.insert(link);
            } catch (DuplicateKeyException raced) {
                // another writer took this sequence number (or appended this very entry): look again
            }
        }
    }

    /** The records of one entity within the caller's scope, oldest first. */
    public PageView<AuditRecord> find(String entity, String entityId, Scope scope, PageQuery page) {
        Criteria criteria = scope.readable("entry.region");
        if (entity != null && !entity.isBlank()) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("entry.entity").is(entity));
        }
        if (entityId != null && !entityId.isBlank()) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("entry.entityId").is(entityId));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, AuditRecord.class);
        List<AuditRecord> records = mongo.find(query.with(Sort.by("_id")).skip(page.offset()).limit(page.size()),
                AuditRecord.class);
        return PageView.of(records, page, total);
    }

    /** Walks the whole chain in order and reports the first link whose sequence, previous hash or hash is wrong. */
    public ChainVerification verify() {
        long expectedSequence = 1;
        String previousHash = AuditRecord.GENESIS;
        while (true) {
            List<AuditRecord> batch = mongo.find(Query.query(Criteria.where("_id").gte(expectedSequence))
                    .with(Sort.by("_id")).limit(VERIFY_BATCH), AuditRecord.class);
            if (batch.isEmpty()) {
                return ChainVerification.intact(expectedSequence - 1, expectedSequence == 1 ? null : previousHash);
            }
            for (AuditRecord record : batch) {
                if (record.sequence() != expectedSequence) {
                    return ChainVerification.broken(expectedSequence - 1, expectedSequence,
                            "link " + expectedSequence + " is missing");
                }
                if (!record.previousHash().equals(previousHash)) {
                    return ChainVerification.broken(expectedSequence - 1, expectedSequence,
                            "previous hash does not match link " + (expectedSequence - 1));
                }
                if (!record.hash().equals(record.expectedHash())) {
                    return ChainVerification.broken(expectedSequence - 1, expectedSequence,
                            "content does not match its hash");
                }
                previousHash = record.hash();
                expectedSequence++;
            }
        }
    }

    private AuditRecord last() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), AuditRecord.class);
    }
}
