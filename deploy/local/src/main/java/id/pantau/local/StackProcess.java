package id.pantau.local;

/**
 * A part of the local stack that runs as a child process. Start and readiness are separate so that the stack can
 * start several children at once and then wait for each: on two cores that is what keeps the start short.
 */
interface StackProcess {

    void start(ChildLauncher launcher);

    void awaitReady();

    /** Stops gently, then forcibly; does nothing if not running. */
    void stop();
}
