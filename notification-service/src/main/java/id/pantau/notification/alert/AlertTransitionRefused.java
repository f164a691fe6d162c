package id.pantau.notification.alert;

/** A transition the alert's state does not allow; {@code code} names the problem the API answers with. */
public class AlertTransitionRefused extends RuntimeException {

    private final String code;

    AlertTransitionRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
