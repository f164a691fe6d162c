package id.pantau.monitoring.judging;

/** How an indicator stands, as the status API and the reports show it. */
public enum Health {
    ACHIEVED,
    ON_TRACK,
    BEHIND,
    AT_RISK,
    MISSED,
    NO_DATA
}
