package id.pantau.notification.recipient;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.RegionCode;
import id.pantau.events.Severity;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * The body of {@code POST /api/v1/recipients}: by {@code channel} EMAIL (the default) with an {@code email},
 * WEBHOOK with an http(s) {@code url}, or TELEGRAM with the {@code telegramChatId} the bot writes to;
 * {@code minSeverity} (optional) keeps milder messages away. {@code language} ({@code id}, the default, or
 * {@code en}) is the language of its messages; {@code delivery} IMMEDIATE or DIGEST (the default for email; the
 * other channels default to IMMEDIATE), with {@code immediateFor} (a digest recipient's severity that still goes
 * out at once) and {@code outsideOfficeHours} (immediate messages also outside the region's office hours).
 */
public record NewRecipient(
        @NotNull @Pattern(regexp = RegionCode.PATTERN) String regionCode,
        @NotBlank @Size(max = 200) String name,
        Channel channel,
        @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
        @Size(max = 2000) String url,
        @Size(max = 40) @Pattern(regexp = "^(-?[0-9]{1,20}|@[A-Za-z0-9_]{5,32})$") String telegramChatId,
        @NotNull RecipientRole role,
        @Size(max = 40) @Pattern(regexp = "^[0-9A-Za-z.\\-]+$") String opdCode,
        Severity minSeverity,
        Language language,
        DeliveryMode delivery,
        Severity immediateFor,
        Boolean outsideOfficeHours) {

    /** A request without the delivery preferences, which all take their defaults. */
    public NewRecipient(String regionCode, String name, Channel channel, String email, String url,
                        String telegramChatId, RecipientRole role, String opdCode, Severity minSeverity) {
        this(regionCode, name, channel, email, url, telegramChatId, role, opdCode, minSeverity, null, null, null, null);
    }

    public Channel channelOrDefault() {
        return channel == null ? Channel.EMAIL : channel;
    }

    /** The preferences asked for, the channel's defaults where left out. */
    public Preferences preferences() {
        Preferences defaults = Preferences.defaults(channelOrDefault());
        return new Preferences(language == null ? defaults.language() : language,
                delivery == null ? defaults.delivery() : delivery, immediateFor,
                outsideOfficeHours != null && outsideOfficeHours);
    }

    /**
     * An OPD head needs the code of the OPD it heads, the other roles cover the whole region and take none; each
     * channel needs its own address field (email, http(s) URL, Telegram chat id) and none of the others.
     *
     * @throws id.pantau.defaults.problem.ApiProblem (400) naming each field that disagrees
     */
    void check() {
        Violations violations = new Violations();
        boolean hasOpd = opdCode != null && !opdCode.isBlank();
        if (role.belongsToAnOpd() && !hasOpd) {
            violations.add("opdCode", "opd-code-required", role);
        } else if (!role.belongsToAnOpd() && hasOpd) {
            violations.add("opdCode", "opd-code-not-allowed", role);
        }
        Channel channel = channelOrDefault();
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasUrl = url != null && !url.isBlank();
        boolean hasChat = telegramChatId != null && !telegramChatId.isBlank();
        requiredOnlyFor(violations, "email", hasEmail, Channel.EMAIL, channel);
        requiredOnlyFor(violations, "url", hasUrl, Channel.WEBHOOK, channel);
        requiredOnlyFor(violations, "telegramChatId", hasChat, Channel.TELEGRAM, channel);
        if (channel == Channel.WEBHOOK && hasUrl && !isHttpUrl(url.trim())) {
            violations.add("url", "url-invalid");
        }
        if (delivery == DeliveryMode.DIGEST && channel != Channel.EMAIL) {
            // a digest is a formal letter; machines and chats are told of each alert as it happens
            violations.add("delivery", "digest-needs-email", channel);
        }
        if (immediateFor != null && preferences().delivery() != DeliveryMode.DIGEST) {
            // an immediate recipient is told of everything at once already
            violations.add("immediateFor", "immediate-for-needs-digest");
        }
        violations.throwIfAny();
    }

    /** The field is required for its own channel and not used for the others. */
    private static void requiredOnlyFor(Violations violations, String field, boolean given, Channel owner,
                                        Channel channel) {
        if (channel == owner && !given) {
            violations.add(field, "required-for-channel", owner);
        } else if (channel != owner && given) {
            violations.add(field, "not-for-channel", channel);
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
