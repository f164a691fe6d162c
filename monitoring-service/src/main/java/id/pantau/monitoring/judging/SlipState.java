package id.pantau.monitoring.judging;

import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import java.time.Instant;

/** The slip an indicator is in: which, since when, and the period that put it there. */
public record SlipState(Severity severity, SlipRule rule, String period, Instant since) {

    public Slip slip() {
        return new Slip(severity, rule);
    }
}
