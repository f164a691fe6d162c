package id.pantau.local;

import java.util.List;

/**
 * The command behind {@code run-local.sh}: starts the local stack on the default ports, loads the demo data, prints
 * where everything is, and runs until Ctrl-C, which stops the stack in order.
 */
public final class RunLocal {

    private RunLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        LocalStack stack;
        try {
            stack = LocalStack.builder()
                    .fresh(options.fresh())
                    .externalKafka(options.externalKafka())
                    .externalMongo(options.externalMongo())
                    .printLogs(true)
                    .build();
            // registered before anything starts, so that Ctrl-C during startup stops what has started
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
            stack.startAll();
        } catch (StartupException e) {
            System.err.println();
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.demo()) {
            try {
                System.out.println(DemoData.summary(DemoData.load().apply(stack::serviceUrl, stack::accessToken)));
            } catch (DemoDataException e) {
                // the stack itself is fine: keep it running so that the user can look at what went wrong
                System.err.println("Demo data not loaded: " + e.getMessage());
            }
        }
        System.out.println();
        System.out.println("Pantau Inovasi is running (data in " + stack.dataDir() + "):");
        System.out.print(UrlTable.render(stack));
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }
}
