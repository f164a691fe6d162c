package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.Violations;
import id.pantau.events.InnovationStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an innovation. Forward only: inisiatif → uji coba → penerapan; any running stage may be
 * discontinued (dihentikan); a finished innovation (implemented or discontinued) may be archived, after which
 * nothing moves it. The guards: a trial needs at least one indicator in use with a baseline (something to judge
 * the trial by); implementation needs the trial's start date and its own date, not before it; discontinuing and
 * archiving need a reason. An innovation still running is discontinued before it is archived, so the reason
 * it stopped is on record.
 */
public final class StageRules {

    static final int MAX_REASON_LENGTH = 1000;

    private static final Map<InnovationStage, Set<InnovationStage>> NEXT = Map.of(
            InnovationStage.INISIATIF, EnumSet.of(InnovationStage.UJI_COBA, InnovationStage.DIHENTIKAN),
            InnovationStage.UJI_COBA, EnumSet.of(InnovationStage.PENERAPAN, InnovationStage.DIHENTIKAN),
            InnovationStage.PENERAPAN, EnumSet.of(InnovationStage.DIHENTIKAN, InnovationStage.DIARSIPKAN),
            InnovationStage.DIHENTIKAN, EnumSet.of(InnovationStage.DIARSIPKAN),
            InnovationStage.DIARSIPKAN, EnumSet.noneOf(InnovationStage.class));

    private StageRules() {
    }

    public static boolean allowed(InnovationStage from, InnovationStage to) {
        return NEXT.get(from).contains(to);
    }

    /**
     * The innovation at the requested stage, with the step in its history, one version on.
     *
     * @param changedBy the opaque subject id of the caller
     * @throws ApiProblem 400 for a request missing what the move needs (every field at once), 409
     *                    {@code stage-transition-forbidden} for a move the lifecycle does not have
     */
    public static Innovation move(Innovation innovation, StageRequest request, String changedBy, Instant now) {
        Violations violations = new Violations();
        violations.required("stage", request.stage());
        violations.maxLength("reason", request.reason(), MAX_REASON_LENGTH);
        violations.throwIfAny();
        InnovationStage from = innovation.stage();
        InnovationStage to = request.stage();
        if (!allowed(from, to)) {
            throw ApiProblem.conflict("stage-transition-forbidden", from, to);
        }
        LocalDate trialStart = innovation.trialStartDate();
        LocalDate implementation = innovation.implementationDate();
        switch (to) {
            case UJI_COBA -> {
                trialStart = request.date() == null ? trialStart : request.date();
                checkTrial(innovation, trialStart, violations);
            }
            case PENERAPAN -> {
                implementation = request.date() == null ? implementation : request.date();
                checkImplementation(trialStart, implementation, violations);
            }
            case DIHENTIKAN, DIARSIPKAN -> violations.requiredText("reason", request.reason(), MAX_REASON_LENGTH);
            case INISIATIF -> throw new IllegalStateException("no move leads back to " + to);
        }
        violations.throwIfAny();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        return innovation.movedTo(new StageChange(from, to, reason, changedBy, now), trialStart, implementation);
    }

    private static void checkTrial(Innovation innovation, LocalDate trialStart, Violations violations) {
        boolean judgeable = innovation.indicators().stream()
                .anyMatch(indicator -> indicator.inUse() && indicator.baseline() != null);
        if (!judgeable) {
            violations.add("stage", "trial-needs-baseline-indicator");
        }
        if (trialStart != null && trialStart.isBefore(innovation.startDate())) {
            violations.add("date", "trial-before-start", trialStart, innovation.startDate());
        }
    }

    private static void checkImplementation(LocalDate trialStart, LocalDate implementation, Violations violations) {
        if (trialStart == null) {
            violations.add("stage", "implementation-needs-trial-date");
        }
        if (implementation == null) {
            violations.add("date", "implementation-date-required");
        } else if (trialStart != null && implementation.isBefore(trialStart)) {
            violations.add("date", "implementation-before-trial", implementation, trialStart);
        }
    }
}
