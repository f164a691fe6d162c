package id.pantau.events;

/**
 * How achievement (capaian) is computed for a lower-is-better indicator, as Indonesian performance reports do
 * it in two ways: {@code (2E − A) / E × 100} (PermenPANRB 8/2021) or {@code E / A × 100}. A higher-is-better
 * indicator always uses {@code A / E × 100}.
 */
public enum AchievementFormula {
    PERMENPANRB,
    INVERSE_RATIO
}
