package id.pantau.innovation.innovation;

import id.pantau.events.InnovationForm;
import java.time.LocalDate;
import java.util.List;

/**
 * A change of an innovation's descriptive fields: each field given replaces the stored one, each field left out
 * (null) stays as it is. {@code profile} replaces the whole profile; {@code supportingOpdCodes: []} removes the
 * supporting OPDs. The responsible OPD, the region and the start date do not change: that is another innovation
 * (a replication).
 */
public record InnovationPatch(String title, String problem, String plannedInnovation, InnovationForm form,
                              List<String> supportingOpdCodes, InnovationProfile profile, LocalDate targetDate,
                              LocalDate trialStartDate, LocalDate implementationDate) {
}
