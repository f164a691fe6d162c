package id.pantau.defaults.audit;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRecordTest {

    private static final AuditEntry ENTRY = new AuditEntry("innovation", "inv-1", "register", "32.73",
            "2.18.0.00.0.00.01.0000", "subject-1", "opd-ptsp", List.of("OPD_OPERATOR"),
            Instant.parse("2026-03-01T02:00:00.123Z"), null, AuditEntry.digest("after"), "req-1", null);

    @Test
    void aLinkHashesItsSequenceEntryAndPreviousHash() {
        AuditRecord link = AuditRecord.link(1, "e-1", ENTRY, AuditRecord.GENESIS);

        assertThat(link.hash()).hasSize(64).isEqualTo(link.expectedHash());
        assertThat(AuditRecord.link(2, "e-1", ENTRY, AuditRecord.GENESIS).hash()).isNotEqualTo(link.hash());
        assertThat(AuditRecord.link(1, "e-2", ENTRY, AuditRecord.GENESIS).hash()).isNotEqualTo(link.hash());
        assertThat(AuditRecord.link(1, "e-1", ENTRY, link.hash()).hash()).isNotEqualTo(link.hash());
    }

    @Test
    void changingAnyStoredFieldOfTheEntryNoLongerMatchesTheHash() {
        AuditRecord link = AuditRecord.link(1, "e-1", ENTRY, AuditRecord.GENESIS);
        AuditEntry changed = new AuditEntry("innovation", "inv-1", "register", "32.04", ENTRY.opd(), ENTRY.subject(),
                ENTRY.client(), ENTRY.roles(), ENTRY.at(), null, ENTRY.afterDigest(), ENTRY.requestId(), null);

        assertThat(new AuditRecord(1, "e-1", changed, AuditRecord.GENESIS, link.hash()).expectedHash())
                .isNotEqualTo(link.hash());
    }

    @Test
    void aLinkWrittenBeforeEntriesNamedTheIssuerKeepsItsHash() {
        // the hash this link got when entries had no issuer: records already stored must still verify
        AuditRecord stored = new AuditRecord(1, "e-1", ENTRY, AuditRecord.GENESIS, "17ca550520d41494dfdb6a109ccdb0cc7b18e5b3a3c5cfd152322b98e5e9559d");

        assertThat(stored.expectedHash()).isEqualTo(stored.hash());
    }

    @Test
    void theIssuerOfANewEntryIsCoveredByTheHash() {
        AuditEntry fromKeycloak = withIssuer("https://sso.jabarprov.go.id/realms/pantau");
        AuditRecord link = AuditRecord.link(1, "e-1", fromKeycloak, AuditRecord.GENESIS);

        assertThat(link.hash()).isNotEqualTo(AuditRecord.link(1, "e-1", ENTRY, AuditRecord.GENESIS).hash());
        assertThat(new AuditRecord(1, "e-1", withIssuer("http://127.0.0.1:9000"), AuditRecord.GENESIS, link.hash())
                .expectedHash()).isNotEqualTo(link.hash());
    }

    private static AuditEntry withIssuer(String issuer) {
        return new AuditEntry(ENTRY.entity(), ENTRY.entityId(), ENTRY.action(), ENTRY.region(), ENTRY.opd(),
                ENTRY.subject(), ENTRY.client(), ENTRY.roles(), ENTRY.at(), ENTRY.beforeDigest(), ENTRY.afterDigest(),
                ENTRY.requestId(), issuer);
    }

    @Test
    void aDigestIsTheSha256OfTheStatesJson() {
        assertThat(AuditEntry.digest(null)).isNull();
        assertThat(AuditEntry.digest(List.of("a"))).isEqualTo(AuditEntry.sha256("[\"a\"]"));
    }
}
