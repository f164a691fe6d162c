package id.pantau.defaults.audit;

import id.pantau.events.PantauJson;
import java.util.Arrays;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A link of the audit chain: the entry, its place in the chain, the hash of the link before it and its own
 * hash over all of that. Changing, removing or reordering any stored link breaks the chain from there on.
 */
@Document(AuditRecord.COLLECTION)
public record AuditRecord(
        @Id long sequence,
        @Indexed(unique = true) String entryId,
        AuditEntry entry,
        String previousHash,
        String hash) {

    public static final String COLLECTION = "audit_trail";
    /** The previous hash of the first link. */
    static final String GENESIS = "0".repeat(64);

    static AuditRecord link(long sequence, String entryId, AuditEntry entry, String previousHash) {
        return new AuditRecord(sequence, entryId, entry, previousHash, hashOf(sequence, entryId, entry, previousHash));
    }

    /** What the hash of this link must be, recomputed from its stored content. */
    String expectedHash() {
        return hashOf(sequence, entryId, entry, previousHash);
    }

    private static String hashOf(long sequence, String entryId, AuditEntry entry, String previousHash) {
        // a JSON array: unambiguous field boundaries, and the entry's fields in their declared order
        return AuditEntry.sha256(PantauJson.mapper().writeValueAsString(
                Arrays.asList(sequence, entryId, entry, previousHash)));
    }
}
