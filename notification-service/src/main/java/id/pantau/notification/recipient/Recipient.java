package id.pantau.notification.recipient;

import id.pantau.events.RegionCode;
import id.pantau.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone in a region who receives alerts, by email, by a signed webhook or on Telegram. A removal is soft: the document
 * stays, inactive, so that past deliveries still name who they went to and the removal's audit entry rides on
 * the document's outbox; an inactive recipient is gone for the API and for routing. A webhook whose endpoint
 * answers 410 Gone is disabled the same way, with {@code disabledAt}. {@code activeKey} (region/address/role) is
 * set only while active: its unique sparse index keeps one active recipient per key and lets a removed one be
 * added again. The webhook secret is shown only when it is made (creation, rotation).
 */
@Document("recipients")
@CompoundIndex(name = "region_role_active", def = "{'regionCode': 1, 'role': 1, 'active': 1}")
@CompoundIndex(name = "province_active", def = "{'provinceCode': 1, 'active': 1}")
public record Recipient(
        @Id String id,
        String regionCode,
        String provinceCode,
        String name,
        Channel channel,
        String email,
        String url,
        String telegramChatId,
        String webhookSecret,
        String previousWebhookSecret,
        Instant previousSecretUntil,
        RecipientRole role,
        String opdCode,
        Severity minSeverity,
        boolean active,
        @Indexed(unique = true, sparse = true) String activeKey,
        Instant createdAt,
        Instant removedAt,
        Instant disabledAt,
        Preferences preferences) {

    /** The entity name of a recipient's audit records. */
    public static final String AUDITED_ENTITY = "recipient";

    public Recipient {
        // recipients stored before language and delivery mode existed read as the defaults
        preferences = preferences == null ? Preferences.defaults(channel) : preferences;
    }

    /**
     * A recipient by email; emails are compared without case ({@code Inspektorat@Bandung.go.id} is the same mailbox).
     *
     * @param minSeverity the mildest severity the recipient is told of; null for every one
     */
    public static Recipient create(String id, RegionCode region, String name, String email, RecipientRole role,
                                   String opdCode, Severity minSeverity, Instant now) {
        String normalisedEmail = email.trim().toLowerCase(Locale.ROOT);
        return new Recipient(id, region.value(), region.province().value(), name.trim(), Channel.EMAIL,
                normalisedEmail, null, null, null, null, null, role, opdCode, minSeverity, true,
                activeKey(region.value(), normalisedEmail, role), now, null, null, null);
    }

    /** A recipient by webhook, with the secret its messages are signed with ({@code whsec_...}). */
    public static Recipient webhook(String id, RegionCode region, String name, String url, String secret,
                                    RecipientRole role, String opdCode, Severity minSeverity, Instant now) {
        return new Recipient(id, region.value(), region.province().value(), name.trim(), Channel.WEBHOOK, null,
                url.trim(), null, secret, null, null, role, opdCode, minSeverity, true, activeKey(region.value(), url.trim(), role), now,
                null, null, null);
    }

    /** A recipient on Telegram, by the chat id the bot writes to. */
    public static Recipient telegram(String id, RegionCode region, String name, String chatId, RecipientRole role,
                                     String opdCode, Severity minSeverity, Instant now) {
        return new Recipient(id, region.value(), region.province().value(), name.trim(), Channel.TELEGRAM, null, null,
                chatId.trim(), null, null, null, role, opdCode, minSeverity, true,
                activeKey(region.value(), "telegram:" + chatId.trim(), role), now, null, null, null);
    }

    /** The same recipient with these preferences; null keeps the defaults of its channel. */
    public Recipient with(Preferences preferences) {
        return new Recipient(id, regionCode, provinceCode, name, channel, email, url, telegramChatId, webhookSecret,
                previousWebhookSecret, previousSecretUntil, role, opdCode, minSeverity, active, activeKey, createdAt,
                removedAt, disabledAt, preferences);
    }

    /**
     * The secrets a webhook message is signed with at that moment: the current one and, while the rotation's
     * overlap lasts, the previous one, so that the receiver can switch to the new secret at its own pace.
     */
    public List<String> signingSecrets(Instant at) {
        return previousWebhookSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(at)
                ? List.of(webhookSecret, previousWebhookSecret) : List.of(webhookSecret);
    }

    /** Where messages go: the email address, the webhook's URL or the Telegram chat id. */
    public String address() {
        return switch (channel == null ? Channel.EMAIL : channel) {
            case EMAIL -> email;
            case WEBHOOK -> url;
            case TELEGRAM -> telegramChatId;
        };
    }

    /** Whether a message of this severity reaches the recipient. */
    public boolean receives(Severity severity) {
        return minSeverity == null || severity.compareTo(minSeverity) >= 0;
    }

    static String activeKey(String regionCode, String address, RecipientRole role) {
        return regionCode + "/" + address + "/" + role;
    }
}
