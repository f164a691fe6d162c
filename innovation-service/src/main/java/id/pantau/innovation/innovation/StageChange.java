package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;
import java.time.Instant;

/**
 * One step of an innovation's stage history: from which stage to which, why, who moved it (an opaque subject
 * id from the caller's token, no name) and when. The first step of every innovation has no {@code from}.
 */
public record StageChange(InnovationStage from, InnovationStage to, String reason, String changedBy,
                          Instant changedAt) {
}
