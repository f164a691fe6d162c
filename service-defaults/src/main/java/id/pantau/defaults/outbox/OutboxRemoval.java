package id.pantau.defaults.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Takes delivered events out of the outboxes that held them, with one write per document.
 *
 * <p>Usually the delivered ids are pulled. A pull compares every event in the outbox with every delivered id, which
 * for a long outbox (a measurement batch's, one event per measurement) costs the store as much as a thousand writes.
 * So a long outbox that was delivered whole is emptied instead, guarded by the length and last event id it had when
 * it was read. Writers only append to an outbox and only the relay removes, and only what was delivered. So if the
 * length and last event are unchanged, the outbox holds exactly the events that were read. If the guard does not
 * match, because an event was appended since, the delivered ids are pulled after all.
 */
class OutboxRemoval {

    /** From this length on, an outbox delivered whole is emptied rather than pulled from. */
    static final int LONG_OUTBOX = 32;

    private final MongoTemplate mongo;

    OutboxRemoval(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One document's outbox as the relay read it: its length and the id of its last event. */
    record ReadOutbox(int length, String lastEventId) {

        static ReadOutbox of(List<Document> outbox) {
            String lastEventId = outbox.isEmpty() ? null : outbox.get(outbox.size() - 1).getString("id");
            return new ReadOutbox(outbox.size(), lastEventId);
        }
    }

    /**
     * @param delivered the ids of the delivered events of the collection's documents, by document id
     * @param read      how each of those documents' outboxes was when read
     * @return how many documents were emptied whole
     */
    int remove(String collection, Map<Object, List<String>> delivered, Map<Object, ReadOutbox> read) {
        List<Object> whole = new ArrayList<>();
        BulkOperations pulls = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int pulled = 0;
        for (Map.Entry<Object, List<String>> document : delivered.entrySet()) {
            ReadOutbox outbox = read.get(document.getKey());
            if (outbox != null && outbox.length() >= LONG_OUTBOX && outbox.length() == document.getValue().size()) {
                whole.add(document.getKey());
            } else {
                pulls.updateOne(byId(document.getKey()), pull(document.getValue()));
                pulled++;
            }
        }
        int emptied = 0;
        for (Object documentId : whole) {
            ReadOutbox outbox = read.get(documentId);
            Query unchanged = Query.query(Criteria.where("_id").is(documentId)
                    .and(OutboxRelay.OUTBOX_FIELD).size(outbox.length())
                    .and(OutboxRelay.OUTBOX_FIELD + "." + (outbox.length() - 1) + ".id").is(outbox.lastEventId()));
            if (mongo.updateFirst(unchanged, new Update().set(OutboxRelay.OUTBOX_FIELD, List.of()), collection)
                    .getMatchedCount() == 1) {
                emptied++;
            } else {
                pulls.updateOne(byId(documentId), pull(delivered.get(documentId)));
                pulled++;
            }
        }
        if (pulled > 0) {
            pulls.execute();
        }
        return emptied;
    }

    private static Query byId(Object documentId) {
        return Query.query(Criteria.where("_id").is(documentId));
    }

    private static Update pull(List<String> eventIds) {
        return new Update().pull(OutboxRelay.OUTBOX_FIELD, new Document("id", new Document("$in", eventIds)));
    }
}
