package id.pantau.defaults.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One request's change to parts of several OPDs: each part audited apart, by the same caller at the same moment. */
class AuditEntryTest {

    private static final AuditEntry SUBMISSION = new AuditEntry("measurement-batch", "batch-1", "submit", null, null,
            "operator-1", "sipd-sync", List.of("OPD_OPERATOR"), Instant.parse("2026-03-05T02:00:00Z"), null, null,
            "req-1", "https://issuer.example");

    @Test
    void aPartOfTheChangeKeepsWhoAndWhenAndTakesItsOwnRegionOpdAndState() {
        AuditEntry part = SUBMISSION.about("32.73", "1.02.01", List.of("measurement-a", "measurement-b"));

        assertThat(part).usingRecursiveComparison().ignoringFields("region", "opd", "afterDigest")
                .isEqualTo(SUBMISSION);
        assertThat(part.region()).isEqualTo("32.73");
        assertThat(part.opd()).isEqualTo("1.02.01");
        assertThat(part.afterDigest()).isEqualTo(AuditEntry.digest(List.of("measurement-a", "measurement-b")))
                .isNotEqualTo(SUBMISSION.about("32.73", "1.02.01", List.of("measurement-a")).afterDigest());
    }
}
