package id.pantau.events;

public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
