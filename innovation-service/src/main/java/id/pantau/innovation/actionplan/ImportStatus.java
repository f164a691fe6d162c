package id.pantau.innovation.actionplan;

/** What became of one innovation of an imported action plan. */
public enum ImportStatus {
    /** Registered, with its indicators, announced and audited. */
    CREATED,
    /** A dry run found nothing against it: importing the file would register it. */
    WOULD_CREATE,
    /** Not registered, for the reasons given; nothing of it was written. */
    REFUSED
}
