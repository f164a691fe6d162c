package id.pantau.reporting.progress;

/** An indicator's health as leaders read it in the reports. */
public enum Health {
    ON_TRACK,
    BEHIND,
    AT_RISK,
    ACHIEVED,
    MISSED,
    NO_DATA
}
