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
        NewRecipient head = new NewRecipient("32.73", "Kepala Dinas PTSP", null, "kadis@bandung.go.id", null,
                null, RecipientRole.OPD_HEAD, null, null);

        assertThat(refusal(head)).extracting(FieldViolation::field).containsExactly("opdCode");
    }

    @Test
    void theRegionWideRolesTakeNoOpdCode() {
        NewRecipient inspectorate = new NewRecipient("32.73", "Inspektorat", null, "inspektorat@bandung.go.id", null,
                null, RecipientRole.INSPECTORATE, "2.18.0.00.0.00.01.0000", null);
        NewRecipient withoutOpd = new NewRecipient("32.73", "Inspektorat", null, "inspektorat@bandung.go.id", null,
                null, RecipientRole.INSPECTORATE, null, null);

        assertThat(refusal(inspectorate)).extracting(FieldViolation::field).containsExactly("opdCode");
        assertThatNoException().isThrownBy(withoutOpd::check);
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

    private static List<FieldViolation> refusal(NewRecipient recipient) {
        ApiProblem refusal = catchThrowableOfType(ApiProblem.class, recipient::check);
        assertThat(refusal).as("expected the check to refuse").isNotNull();
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

    @Test
    void anEmailRecipientNeedsAnEmailAndAWebhookAnHttpUrlEachWithoutTheOther() {
        assertThat(refusal(new NewRecipient("32.73", "Inspektorat", Channel.EMAIL, null, null,
                null, RecipientRole.INSPECTORATE, null, null))).extracting(FieldViolation::field).containsExactly("email");
        assertThat(refusal(new NewRecipient("32.73", "SP4N", Channel.WEBHOOK, null, null,
                null, RecipientRole.INSPECTORATE, null, null))).extracting(FieldViolation::field).containsExactly("url");
        assertThat(refusal(new NewRecipient("32.73", "SP4N", Channel.WEBHOOK, null, "ftp://lapor.go.id/hook",
                null, RecipientRole.INSPECTORATE, null, null))).extracting(FieldViolation::field).containsExactly("url");
        assertThat(refusal(new NewRecipient("32.73", "SP4N", Channel.WEBHOOK, "x@bandung.go.id",
                "https://lapor.go.id/hook", null, RecipientRole.INSPECTORATE, null, null)))
                .extracting(FieldViolation::field).containsExactly("email");
        assertThatNoException().isThrownBy(new NewRecipient("32.73", "SP4N", Channel.WEBHOOK, null,
                "https://lapor.go.id/hook", null, RecipientRole.INSPECTORATE, null, null)::check);
    }

    @Test
    void aRotatedOutSecretKeepsSigningOnlyUntilTheOverlapEnds() {
        Recipient rotated = new Recipient("r1", "32.73", "32", "SP4N", Channel.WEBHOOK, null, "https://lapor.go.id/hook", null,
                "whsec_new", "whsec_old", Instant.parse("2026-07-02T00:00:00Z"), RecipientRole.INSPECTORATE, null,
                null, true, "key", Instant.EPOCH, null, null, null);

        assertThat(rotated.signingSecrets(Instant.parse("2026-07-01T23:59:59Z"))).containsExactly("whsec_new", "whsec_old");
        assertThat(rotated.signingSecrets(Instant.parse("2026-07-02T00:00:00Z"))).containsExactly("whsec_new");
    }

    @Test
    void aTelegramRecipientNeedsAChatIdAndNothingElse() {
        assertThat(refusal(new NewRecipient("32.73", "Grup Inspektorat", Channel.TELEGRAM, null, null, null,
                RecipientRole.INSPECTORATE, null, null))).extracting(FieldViolation::field).containsExactly("telegramChatId");
        assertThat(refusal(new NewRecipient("32.73", "Grup Inspektorat", Channel.TELEGRAM, "x@bandung.go.id", null,
                "-1001234567890", RecipientRole.INSPECTORATE, null, null)))
                .extracting(FieldViolation::field).containsExactly("email");
        assertThat(refusal(new NewRecipient("32.73", "Inspektorat", null, "x@bandung.go.id", null, "-1001234567890",
                RecipientRole.INSPECTORATE, null, null))).extracting(FieldViolation::field).containsExactly("telegramChatId");
        assertThatNoException().isThrownBy(new NewRecipient("32.73", "Grup Inspektorat", Channel.TELEGRAM, null, null,
                "-1001234567890", RecipientRole.INSPECTORATE, null, null)::check);
    }

    @Test
    void emailDefaultsToTheDailyDigestInIndonesianAndTheOtherChannelsToImmediate() {
        NewRecipient email = new NewRecipient("32.73", "Inspektorat", null, "x@bandung.go.id", null, null,
                RecipientRole.INSPECTORATE, null, null);
        NewRecipient webhook = new NewRecipient("32.73", "SP4N", Channel.WEBHOOK, null, "https://lapor.go.id/hook",
                null, RecipientRole.INSPECTORATE, null, null);
        NewRecipient telegram = new NewRecipient("32.73", "Grup", Channel.TELEGRAM, null, null, "-1001234567890",
                RecipientRole.INSPECTORATE, null, null);

        assertThat(email.preferences()).isEqualTo(new Preferences(Language.ID, DeliveryMode.DIGEST, null, false));
        assertThat(webhook.preferences().delivery()).isEqualTo(DeliveryMode.IMMEDIATE);
        assertThat(telegram.preferences().delivery()).isEqualTo(DeliveryMode.IMMEDIATE);
    }

    @Test
    void aRecipientStoredBeforePreferencesExistedReadsAsItsChannelsDefaults() {
        Recipient stored = new Recipient("r1", "32.73", "32", "Inspektorat", null, "x@bandung.go.id", null, null, null,
                null, null, RecipientRole.INSPECTORATE, null, null, true, "key", Instant.EPOCH, null, null, null);
        Recipient hook = new Recipient("r2", "32.73", "32", "SP4N", Channel.WEBHOOK, null, "https://lapor.go.id/hook",
                null, "whsec_x", null, null, RecipientRole.INSPECTORATE, null, null, true, "key", Instant.EPOCH, null,
                null, null);

        assertThat(stored.preferences()).isEqualTo(new Preferences(Language.ID, DeliveryMode.DIGEST, null, false));
        assertThat(hook.preferences().delivery()).isEqualTo(DeliveryMode.IMMEDIATE);
    }

    @Test
    void onlyADigestRecipientNamesTheSeverityThatStillGoesOutAtOnce() {
        NewRecipient immediate = new NewRecipient("32.73", "Inspektorat", null, "x@bandung.go.id", null, null,
                RecipientRole.INSPECTORATE, null, null, Language.EN, DeliveryMode.IMMEDIATE, Severity.RED, null);
        NewRecipient digest = new NewRecipient("32.73", "Inspektorat", null, "x@bandung.go.id", null, null,
                RecipientRole.INSPECTORATE, null, null, Language.EN, null, Severity.RED, true);

        assertThat(refusal(immediate)).extracting(FieldViolation::field).containsExactly("immediateFor");
        assertThatNoException().isThrownBy(digest::check);
        Preferences preferences = digest.preferences();
        assertThat(preferences.language()).isEqualTo(Language.EN);
        assertThat(preferences.outsideOfficeHours()).isTrue();
        assertThat(preferences.immediate(Severity.RED)).isTrue();
        assertThat(preferences.immediate(Severity.AMBER)).isFalse();
        assertThat(new Preferences(Language.ID, DeliveryMode.IMMEDIATE, null, false).immediate(Severity.AMBER)).isTrue();
    }

    @Test
    void aDailyDigestGoesByEmailOnly() {
        NewRecipient webhook = new NewRecipient("32.73", "SP4N", Channel.WEBHOOK, null, "https://lapor.go.id/hook",
                null, RecipientRole.INSPECTORATE, null, null, null, DeliveryMode.DIGEST, null, null);
        NewRecipient telegram = new NewRecipient("32.73", "Grup", Channel.TELEGRAM, null, null, "-1001234567890",
                RecipientRole.INSPECTORATE, null, null, null, DeliveryMode.DIGEST, null, null);

        assertThat(refusal(webhook)).extracting(FieldViolation::field).containsExactly("delivery");
        assertThat(refusal(telegram)).extracting(FieldViolation::field).containsExactly("delivery");
    }
}
