package id.pantau.defaults.audit;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRecordTest {

    private static final AuditEntry ENTRY = new AuditEntry("innovation", "inv-1", "register", "32.73",
            "2.18.0.00.0.00.01.0000", "subject-1", "opd-ptsp", List.of("OPD_OPERATOR"),
            Instant.parse("2026-03-01T02:00:00.123Z"), null, AuditEntry.digest("after"), "req-1");

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
                ENTRY.client(), ENTRY.roles(), ENTRY.at(), null, ENTRY.afterDigest(), ENTRY.requestId());

        assertThat(new AuditRecord(1, "e-1", changed, AuditRecord.GENESIS, link.hash()).expectedHash())
                .isNotEqualTo(link.hash());
    }

    @Test
    void aDigestIsTheSha256OfTheStatesJson() {
        assertThat(AuditEntry.digest(null)).isNull();
        assertThat(AuditEntry.digest(List.of("a"))).isEqualTo(AuditEntry.sha256("[\"a\"]"));
    }
}
