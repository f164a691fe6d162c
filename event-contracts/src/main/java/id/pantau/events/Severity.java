package id.pantau.events;

public enum Severity {
    AMBER,
    RED
}
