package id.pantau.defaults.audit;

/**
 * The result of recomputing the audit chain: how many links were checked and, when the chain is broken, the
 * sequence number of the first link that does not hold and why.
 */
public record ChainVerification(boolean intact, long records, Long firstBrokenSequence, String reason,
                                String lastHash) {

    static ChainVerification intact(long records, String lastHash) {
        return new ChainVerification(true, records, null, null, lastHash);
    }

    static ChainVerification broken(long records, long sequence, String reason) {
        return new ChainVerification(false, records, sequence, reason, null);
    }
}
