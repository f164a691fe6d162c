package id.pantau.innovation.innovation;

import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.innovation.indicator.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An innovation as the API shows it. */
public record InnovationView(String id, String regionCode, String opdCode, String opdName, String title,
                             String problem, String plannedInnovation, InnovationForm form, InnovationStage stage,
                             LocalDate startDate, LocalDate targetDate, List<Indicator> indicators,
                             Instant registeredAt) {

    static InnovationView of(Innovation innovation) {
        return new InnovationView(innovation.id(), innovation.regionCode(), innovation.opdCode(),
                innovation.opdName(), innovation.title(), innovation.problem(), innovation.plannedInnovation(),
                innovation.form(), innovation.stage(), innovation.startDate(), innovation.targetDate(),
                innovation.indicators(), innovation.registeredAt());
    }
}
