package id.pantau.innovation.innovation;

import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;

/**
 * What a list or count of innovations is narrowed to; every field is optional. {@code year} is the year the
 * innovation started; {@code text} is looked for, ignoring case, in the title and the problem.
 */
public record InnovationFilter(String region, String opd, InnovationStage stage, InnovationForm form, Boolean digital,
                               String theme, Integer year, String text) {
}
