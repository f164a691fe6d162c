package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;
import java.time.LocalDate;

/**
 * A request to move an innovation to another stage. {@code date} is when the move took effect: the trial start
 * for UJI_COBA, the implementation date for PENERAPAN (each may instead be on the innovation already).
 */
public record StageRequest(InnovationStage stage, String reason, LocalDate date) {
}
