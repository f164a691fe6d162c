package id.pantau.innovation.indicator;

/** A request to stop measuring an indicator, and why. */
public record IndicatorRetirement(String reason) {
}
