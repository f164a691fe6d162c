package id.pantau.defaults.outbox;

import java.util.Date;
import org.bson.Document;

/**
 * An outbox entry as the relay reads it, with the document that holds it.
 *
 * @param topic null for an audit entry, which goes to the audit trail rather than Kafka
 */
record PendingEvent(String collection, Object documentId, String id, String type, String topic, String key,
                    Date time, long sequence, String payload) {

    static PendingEvent from(String collection, Object documentId, Document event) {
        return new PendingEvent(collection, documentId, event.getString("id"), event.getString("type"),
                event.getString("topic"), event.getString("key"), event.getDate("time"),
                ((Number) event.get("sequence")).longValue(), event.getString("payload"));
    }

    boolean isAudit() {
        return topic == null;
    }
}
