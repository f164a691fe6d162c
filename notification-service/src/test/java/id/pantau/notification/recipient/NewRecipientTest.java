package id.pantau.notification.recipient;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.FieldViolation;
import id.pantau.events.RegionCode;
import id.pantau.events.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NewRecipientTest {

    @Test
    void anOpdHeadNeedsTheCodeOfItsOpd() {
        NewRecipient head = new NewRecipient("32.73", "Kepala Dinas PTSP", "kadis@bandung.go.id",
                RecipientRole.OPD_HEAD, null, null);

        assertThat(roleRefusal(head)).extracting(FieldViolation::field).containsExactly("opdCode");
    }

    @Test
    void theRegionWideRolesTakeNoOpdCode() {
        NewRecipient inspectorate = new NewRecipient("32.73", "Inspektorat", "inspektorat@bandung.go.id",
                RecipientRole.INSPECTORATE, "2.18.0.00.0.00.01.0000", null);
        NewRecipient withoutOpd = new NewRecipient("32.73", "Inspektorat", "inspektorat@bandung.go.id",
                RecipientRole.INSPECTORATE, null, null);

        assertThat(roleRefusal(inspectorate)).extracting(FieldViolation::field).containsExactly("opdCode");
        assertThatNoException().isThrownBy(withoutOpd::checkRole);
    }

    @Test
    void aRecipientIsKeptUnderItsRegionProvinceAndLowerCaseEmail() {
        Recipient recipient = Recipient.create("r1", new RegionCode("32.73"), " Inspektorat Kota Bandung ",
                "Inspektorat@Bandung.go.id", RecipientRole.INSPECTORATE, null, null, Instant.EPOCH);

        assertThat(recipient.email()).isEqualTo("inspektorat@bandung.go.id");
        assertThat(recipient.name()).isEqualTo("Inspektorat Kota Bandung");
        assertThat(recipient.provinceCode()).isEqualTo("32");
        assertThat(recipient.active()).isTrue();
        assertThat(recipient.activeKey()).isEqualTo("32.73/inspektorat@bandung.go.id/INSPECTORATE");
    }

    private static List<FieldViolation> roleRefusal(NewRecipient recipient) {
        ApiProblem refusal = catchThrowableOfType(ApiProblem.class, recipient::checkRole);
        assertThat(refusal).as("expected the role check to refuse").isNotNull();
        assertThat(refusal.status().value()).isEqualTo(400);
        return refusal.violations();
    }

    @Test
    void aMinimumSeverityKeepsMilderMessagesAway() {
        Recipient redOnly = Recipient.create("r1", new RegionCode("32.73"), "Kepala Bappeda", "bappeda@bandung.go.id",
                RecipientRole.BAPPEDA, null, Severity.RED, Instant.EPOCH);
        Recipient everything = Recipient.create("r2", new RegionCode("32.73"), "Inspektorat", "inspektorat@bandung.go.id",
                RecipientRole.INSPECTORATE, null, null, Instant.EPOCH);

        assertThat(redOnly.receives(Severity.RED)).isTrue();
        assertThat(redOnly.receives(Severity.AMBER)).isFalse();
        assertThat(everything.receives(Severity.AMBER)).isTrue();
    }
}
