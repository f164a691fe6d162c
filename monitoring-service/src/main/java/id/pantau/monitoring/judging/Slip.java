package id.pantau.monitoring.judging;

import id.pantau.events.Severity;
import id.pantau.events.SlipRule;

/** An indicator off its target: how badly, and by which rule. A change of either is announced. */
public record Slip(Severity severity, SlipRule rule) {

    public static Slip red(SlipRule rule) {
        return new Slip(Severity.RED, rule);
    }
}
