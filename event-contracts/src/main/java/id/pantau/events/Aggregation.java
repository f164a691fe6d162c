package id.pantau.events;

/**
 * How an indicator's values add up over periods: flows (applications served, complaints handled) are summed;
 * stocks, rates and percentages take the last value.
 */
public enum Aggregation {
    SUM,
    LAST
}
