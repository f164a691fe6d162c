package id.pantau.notification.recipient;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.RegionCode;
import id.pantau.events.Severity;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/recipients}; {@code minSeverity} (optional) keeps milder messages away. */
public record NewRecipient(
        @NotNull @Pattern(regexp = RegionCode.PATTERN) String regionCode,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
        @NotNull RecipientRole role,
        @Size(max = 40) @Pattern(regexp = "^[0-9A-Za-z.\\-]+$") String opdCode,
        Severity minSeverity) {

    /**
     * An OPD head needs the code of the OPD it heads; the other roles cover the whole region and take none.
     *
     * @throws id.pantau.defaults.problem.ApiProblem (400) naming {@code opdCode} when the role and it disagree
     */
    void checkRole() {
        Violations violations = new Violations();
        boolean hasOpd = opdCode != null && !opdCode.isBlank();
        if (role.belongsToAnOpd() && !hasOpd) {
            violations.add("opdCode", "opd-code-required", role);
        } else if (!role.belongsToAnOpd() && hasOpd) {
            violations.add("opdCode", "opd-code-not-allowed", role);
        }
        violations.throwIfAny();
    }
}
