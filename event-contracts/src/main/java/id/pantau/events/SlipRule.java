package id.pantau.events;

/** Which rule judged an indicator off track; an alert is identified by (indicator, rule). */
public enum SlipRule {
    /** Progress fell short of the expected trajectory by more than the region's tolerance. */
    BEHIND_TRAJECTORY,
    /** The deadline passed with the target unmet. */
    DEADLINE_MISSED,
    /** A bound indicator's value broke its limit. */
    BOUND_BREACHED
}
