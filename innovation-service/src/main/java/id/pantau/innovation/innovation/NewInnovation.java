package id.pantau.innovation.innovation;

import id.pantau.events.InnovationForm;
import id.pantau.innovation.indicator.NewIndicator;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A row of the action plan (rencana aksi) to register: the problem, the planned innovation, the responsible
 * OPD, the target time (a {@code targetDate}, or a {@code targetDuration} such as {@code P6M} counted from
 * the start) and the success indicators.
 */
public record NewInnovation(String regionCode, String opdCode, String title, String problem,
                            String plannedInnovation, InnovationForm form, LocalDate startDate, LocalDate targetDate,
                            Period targetDuration, List<NewIndicator> indicators) {
}
