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
 * The body of {@code POST /api/v1/recipients}: by {@code channel} EMAIL (the default) with an {@code email}, or
 * WEBHOOK with an http(s) {@code url}; {@code minSeverity} (optional) keeps milder messages away.
 */
public record NewRecipient(
        @NotNull @Pattern(regexp = RegionCode.PATTERN) String regionCode,
        @NotBlank @Size(max = 200) String name,
        Channel channel,
        @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
        @Size(max = 2000) String url,
        @NotNull RecipientRole role,
        @Size(max = 40) @Pattern(regexp = "^[0-9A-Za-z.\\-]+$") String opdCode,
        Severity minSeverity) {

    public Channel channelOrDefault() {
        return channel == null ? Channel.EMAIL : channel;
    }

    /**
     * An OPD head needs the code of the OPD it heads, the other roles cover the whole region and take none; an
     * email recipient needs an email and no URL, a webhook an http(s) URL and no email.
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
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasUrl = url != null && !url.isBlank();
        if (channelOrDefault() == Channel.EMAIL) {
            if (!hasEmail) {
                violations.add("email", "required-for-channel", Channel.EMAIL);
            }
            if (hasUrl) {
                violations.add("url", "not-for-channel", Channel.EMAIL);
            }
        } else {
            if (!hasUrl) {
                violations.add("url", "required-for-channel", Channel.WEBHOOK);
            } else if (!isHttpUrl(url.trim())) {
                violations.add("url", "url-invalid");
            }
            if (hasEmail) {
                violations.add("email", "not-for-channel", Channel.WEBHOOK);
            }
        }
        violations.throwIfAny();
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
