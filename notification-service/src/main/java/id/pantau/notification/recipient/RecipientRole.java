package id.pantau.notification.recipient;

/** Who a recipient is for the region: the roles alerts are routed to. */
public enum RecipientRole {
    INSPECTORATE,
    /** The head of one OPD: the only role tied to an OPD code. */
    OPD_HEAD,
    BAPPEDA,
    PROVINCE;

    public boolean belongsToAnOpd() {
        return this == OPD_HEAD;
    }
}
