package id.pantau.local;

/** A service refused a demo item, or could not be reached; the message says which item and why. */
public final class DemoDataException extends RuntimeException {

    public DemoDataException(String message) {
        super(message);
    }
}
