package id.pantau.events;

public enum ReportingFrequency {
    MONTHLY,
    QUARTERLY,
    SEMESTER,
    YEARLY
}
