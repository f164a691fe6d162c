package id.pantau.notification.silence;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.RegionCode;
import id.pantau.events.AlertRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;

/**
 * The body of {@code POST /api/v1/silences}: the region (a province covers its kabupaten/kota), optionally an
 * OPD, innovation, indicator and rule, the time box ({@code startsAt} defaults to now) and the mandatory reason.
 * Who silences is the caller: the body carries no name.
 */
public record NewSilence(
        @NotNull @Pattern(regexp = RegionCode.PATTERN) String regionCode,
        @Size(max = 40) @Pattern(regexp = "^[0-9A-Za-z.\\-]+$") String opdCode,
        @Size(max = 64) @Pattern(regexp = "^[0-9A-Za-z\\-]+$") String innovationId,
        @Size(max = 64) @Pattern(regexp = "^[0-9A-Za-z\\-]+$") String indicatorId,
        AlertRule rule,
        Instant startsAt,
        @NotNull Instant endsAt,
        @NotBlank @Size(max = 1000) String comment) {

    /**
     * A silence must end after it starts and after now, and last no longer than the longest allowed.
     *
     * @throws id.pantau.defaults.problem.ApiProblem (400) naming {@code endsAt} otherwise
     */
    void checkTimeBox(Instant now, Duration longest) {
        Instant start = startsAt == null ? now : startsAt;
        Violations violations = new Violations();
        if (!endsAt.isAfter(start)) {
            violations.add("endsAt", "silence-ends-before-start");
        } else if (!endsAt.isAfter(now)) {
            violations.add("endsAt", "silence-ends-in-past");
        } else if (Duration.between(start, endsAt).compareTo(longest) > 0) {
            violations.add("endsAt", "silence-too-long", longest.toDays());
        }
        violations.throwIfAny();
    }
}
