package id.pantau.monitoring.quality;

/** Why an accepted value deserves a second look. A flag never refuses a value; status and reports show it. */
public enum QualityFlag {
    /** The value lies more than k standard deviations from the indicator's earlier values. */
    JUMP,
    /** The region asks for evidence with every value and this one came without a link. */
    MISSING_EVIDENCE
}
