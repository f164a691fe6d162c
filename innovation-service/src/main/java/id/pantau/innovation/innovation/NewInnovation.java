package id.pantau.innovation.innovation;

import id.pantau.events.InnovationForm;
import id.pantau.innovation.indicator.NewIndicator;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A row of the action plan (rencana aksi) to register: the problem, the planned innovation, the responsible
 * OPD and the OPDs supporting it, the target time (a {@code targetDate}, or a {@code targetDuration} such as
 * {@code P6M} counted from the start) and the success indicators; with the profile the Indeks Inovasi Daerah
 * asks for and, when already planned, the trial start and implementation dates.
 */
public record NewInnovation(String regionCode, String opdCode, List<String> supportingOpdCodes, String title,
                            String problem, String plannedInnovation, InnovationForm form, InnovationProfile profile,
                            LocalDate startDate, LocalDate targetDate, Period targetDuration,
                            LocalDate trialStartDate, LocalDate implementationDate, List<NewIndicator> indicators) {
}
