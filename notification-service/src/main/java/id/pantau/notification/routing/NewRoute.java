package id.pantau.notification.routing;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.pantau.events.RegionCode;
import id.pantau.events.Severity;
import id.pantau.events.AlertRule;
import id.pantau.notification.recipient.RecipientRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/routes}: where it applies (region; a province covers its kabupaten/kota),
 * its order among the region's rules ({@code position}, lower first, default 0), what it matches (optional OPD,
 * minimum severity, rules), who it tells ({@code receivers}, roles) and whether the walk goes on ({@code continue}).
 */
public record NewRoute(
        @NotNull @Pattern(regexp = RegionCode.PATTERN) String regionCode,
        @Min(0) @Max(10_000) Integer position,
        @Size(max = 40) @Pattern(regexp = "^[0-9A-Za-z.\\-]+$") String opdCode,
        Severity minSeverity,
        @Size(max = 10) List<@NotNull AlertRule> rules,
        @NotEmpty @Size(max = 4) List<@NotNull RecipientRole> receivers,
        @JsonProperty("continue") Boolean continueMatching) {
}
