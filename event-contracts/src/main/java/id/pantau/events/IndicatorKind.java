package id.pantau.events;

public enum IndicatorKind {
    /** From a baseline to a target value by a deadline, in either direction. */
    TREND,
    /** A limit every period's value must respect, e.g. "response < 2 days". */
    BOUND,
    /** Done or not by its date. */
    MILESTONE
}
