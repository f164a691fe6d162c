package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole platform on one machine without Docker: a real Kafka broker, a MongoDB wire server, a mail catcher and
 * the demo authorization server, then the four services, each a child process. {@code run-local.sh} runs it through
 * {@link RunLocal}; the system tests use {@link #builder()} with their own ports and data folder.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().root(repoRoot).dataDir(tmp).memoryMongo(true).randomPorts().start()) {
 *     DemoData.load().apply(stack::serviceUrl, stack::accessToken);
 *     ... stack.serviceUrl(PantauService.INNOVATION) + "/api/v1/innovations",
 *         "Authorization: Bearer " + stack.accessToken(DemoClient.PROVINCE_ADMIN) ...
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    private final Builder settings;
    private final KafkaBroker kafka;
    private final ServerProcess mongo;
    private final ServerProcess mail;
    private final AuthServerProcess authServer;
    private final AccessTokens accessTokens;
    private final Map<PantauService, ServiceProcess> services = new EnumMap<>(PantauService.class);
    private volatile ChildLauncher launcher;
    private boolean stopped;

    private LocalStack(Builder settings) {
        this.settings = settings;
        Path data = settings.dataDir;
        kafka = settings.externalKafka != null ? null
                : new KafkaBroker(data.resolve("kafka"), settings.kafkaPort, settings.kafkaControllerPort);
        mongo = settings.externalMongo != null ? null
                : new ServerProcess("mongo", MongoWireServer.class, List.of(String.valueOf(settings.mongoPort),
                settings.memoryMongo ? MongoWireServer.MEMORY : data.resolve("mongo/pantau.mv.db").toString()),
                List.of(settings.mongoPort));
        mail = new ServerProcess("mail", MailCatcher.class,
                List.of(String.valueOf(settings.smtpPort), String.valueOf(settings.mailApiPort)),
                List.of(settings.smtpPort, settings.mailApiPort));
        // only the services call it, so a stack of the infrastructure alone does without it
        authServer = settings.services.isEmpty() ? null
                : new AuthServerProcess(settings.root, settings.authServerPort, serviceUrl(PantauService.REPORTING));
        accessTokens = authServer == null ? null : new AccessTokens(tokenUrl());
        for (PantauService service : settings.services) {
            Path jar = settings.root.resolve(service.artifactId()).resolve("target").resolve(service.artifactId() + ".jar");
            services.put(service, new ServiceProcess(service, jar, settings.servicePorts.get(service), environment(service)));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Bootstrap servers of the Kafka the services use, e.g. {@code 127.0.0.1:9092}. */
    public String kafkaBootstrap() {
        return settings.externalKafka != null ? settings.externalKafka : kafka.bootstrap();
    }

    /** Connection string for one database, e.g. {@code mongoUri("pantau-innovation")}. */
    public String mongoUri(String database) {
        String server = settings.externalMongo != null ? settings.externalMongo
                : "mongodb://" + Readiness.HOST + ":" + settings.mongoPort;
        return MongoUri.withDatabase(server, database);
    }

    /** Base URL of a service, without a trailing slash, e.g. {@code http://127.0.0.1:8081}. */
    public String serviceUrl(PantauService service) {
        return "http://" + Readiness.HOST + ":" + settings.servicePorts.get(service);
    }

    /** @param name short name or artifact id, e.g. {@code innovation} or {@code innovation-service} */
    public String serviceUrl(String name) {
        return serviceUrl(PantauService.byName(name));
    }

    /** The mail catcher's list of received mails, e.g. {@code http://127.0.0.1:8025/api/messages}. */
    public String mailApiUrl() {
        return "http://" + Readiness.HOST + ":" + settings.mailApiPort + MailCatcher.MESSAGES_PATH;
    }

    /**
     * Issuer of the demo authorization server, e.g. {@code http://127.0.0.1:9000}; it runs whenever at least one
     * service does. The services trust it alone, as {@code PANTAU_SECURITY_ISSUERS_0_URI}.
     */
    public String issuerUrl() {
        return "http://" + Readiness.HOST + ":" + settings.authServerPort;
    }

    /** Where a demo client gets a token, e.g. {@code curl -u opd-ptsp:demo-secret -d grant_type=client_credentials}. */
    public String tokenUrl() {
        return issuerUrl() + "/oauth2/token";
    }

    /**
     * A valid access token of a demo client, by the client-credentials grant at {@link #tokenUrl()}, kept until
     * shortly before it expires; for {@code Authorization: Bearer ...} on the services' APIs.
     *
     * @throws IllegalStateException when this stack runs no authorization server (no services) or it refuses
     */
    public String accessToken(DemoClient client) {
        if (accessTokens == null) {
            throw new IllegalStateException("This stack runs no service, hence no authorization server");
        }
        return accessTokens.token(client);
    }

    public int smtpPort() {
        return settings.smtpPort;
    }

    /** Data and logs ({@code logs/<name>.log}) of this stack. */
    public Path dataDir() {
        return settings.dataDir;
    }

    /** Stops one service gracefully (SIGTERM), as a deployment would. */
    public void stopService(PantauService service) {
        service(service).stop();
    }

    /** Ends one service at once (SIGKILL), as a crash would. */
    public void killService(PantauService service) {
        service(service).kill();
    }

    /** Starts a stopped service again, on the same port and data, and waits until it is ready. */
    public void startService(PantauService service) {
        ServiceProcess process = service(service);
        start(process);
        process.awaitReady();
    }

    /**
     * Stops the services first, together (they still flush to Kafka and MongoDB), then the authorization server,
     * mail, MongoDB and Kafka.
     * Idempotent.
     */
    public void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        if (settings.printLogs) {
            System.out.println("Stopping the local stack: services, then authorization server, mail, MongoDB, Kafka");
        }
        List<Thread> stopping = services.values().stream()
                .map(process -> new Thread(process::stop, "stop-service"))
                .toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<StackProcess> infrastructure = infrastructure();
        Collections.reverse(infrastructure);
        infrastructure.forEach(StackProcess::stop);
        if (settings.printLogs) {
            System.out.println("Stopped.");
        }
    }

    @Override
    public void close() {
        stop();
    }

    boolean runsAuthServer() {
        return authServer != null;
    }

    /** The services this stack runs, in a fixed order. */
    List<PantauService> services() {
        return List.copyOf(services.keySet());
    }

    void startAll() {
        if (settings.fresh) {
            deleteRecursively(settings.dataDir);
        }
        launcher = ChildLauncher.of(settings.root, settings.dataDir.resolve("logs"), settings.printLogs);
        if (authServer != null) {
            authServer.requireJar();
        }
        services.values().forEach(ServiceProcess::requireJar);
        // started together, then awaited: on two cores this roughly halves the start time; the authorization server
        // is among them because a service may fetch the issuer's keys as soon as it starts
        List<StackProcess> infrastructure = infrastructure();
        infrastructure.forEach(this::start);
        infrastructure.forEach(StackProcess::awaitReady);
        services.values().forEach(this::start);
        services.values().forEach(ServiceProcess::awaitReady);
    }

    /** Under the stop lock, so that Ctrl-C during startup never leaves a child started after stop() ran. */
    private synchronized void start(StackProcess process) {
        if (stopped) {
            throw new StartupException("The local stack is stopping");
        }
        process.start(launcher);
    }

    /** In start order: Kafka, MongoDB, mail, the authorization server. */
    private List<StackProcess> infrastructure() {
        return Stream.of(kafka, mongo, mail, authServer).filter(Objects::nonNull)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private ServiceProcess service(PantauService service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalArgumentException(service.artifactId() + " is not part of this stack");
        }
        return process;
    }

    /** Configuration by environment only, so the services need no local profile or file of their own. */
    private Map<String, String> environment(PantauService service) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", String.valueOf(settings.servicePorts.get(service)));
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        environment.put("SPRING_MONGODB_URI", mongoUri(service.database()));
        // pantau.security.issuers[0].uri: the keys come from the issuer's OpenID configuration
        environment.put("PANTAU_SECURITY_ISSUERS_0_URI", issuerUrl());
        // the API shapes only, never data: so that the Swagger UI links of the URL table open on a laptop
        environment.put("PANTAU_SECURITY_OPENAPIDOCS", "true");
        if (service == PantauService.REPORTING) {
            // the dashboard's login: the demo users sign in on the same server (client pantau-dashboard)
            environment.put("PANTAU_DASHBOARD_ISSUERURI", issuerUrl());
        }
        if (service == PantauService.NOTIFICATION) {
            environment.put("SPRING_MAIL_HOST", Readiness.HOST);
            environment.put("SPRING_MAIL_PORT", String.valueOf(settings.smtpPort));
        }
        environment.putAll(settings.environment.getOrDefault(service, Map.of()));
        return environment;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot wipe " + dir, e);
        }
    }

    /** Settings of a local stack; every port can be changed so that a test stack never meets a running one. */
    public static final class Builder {

        private Path root;
        private Path dataDir;
        private boolean fresh;
        private boolean memoryMongo;
        private boolean printLogs;
        private int kafkaPort = 9092;
        private int kafkaControllerPort = 9093;
        private int mongoPort = 27017;
        private int smtpPort = 3025;
        private int mailApiPort = 8025;
        private int authServerPort = 9000;
        private final Map<PantauService, Integer> servicePorts = new EnumMap<>(PantauService.class);
        private String externalKafka;
        private String externalMongo;
        private Set<PantauService> services = EnumSet.allOf(PantauService.class);
        private final Map<PantauService, Map<String, String>> environment = new EnumMap<>(PantauService.class);

        private Builder() {
            for (PantauService service : PantauService.values()) {
                servicePorts.put(service, service.defaultPort());
            }
        }

        /** A stack keeps its own copy, so that a test can change the builder and start the same stack again. */
        private Builder(Builder other) {
            root = other.root;
            dataDir = other.dataDir;
            fresh = other.fresh;
            memoryMongo = other.memoryMongo;
            printLogs = other.printLogs;
            kafkaPort = other.kafkaPort;
            kafkaControllerPort = other.kafkaControllerPort;
            mongoPort = other.mongoPort;
            smtpPort = other.smtpPort;
            mailApiPort = other.mailApiPort;
            authServerPort = other.authServerPort;
            servicePorts.putAll(other.servicePorts);
            externalKafka = other.externalKafka;
            externalMongo = other.externalMongo;
            services = EnumSet.copyOf(other.services);
            other.environment.forEach((service, variables) -> environment.put(service, Map.copyOf(variables)));
        }

        /** The repository root, where the module jars are; default: found upwards from the working directory. */
        public Builder root(Path root) {
            this.root = root.toAbsolutePath().normalize();
            return this;
        }

        /** Where data and logs go; default {@code <root>/.pantau}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath().normalize();
            return this;
        }

        /** Wipes the data folder before starting. */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /** Keeps MongoDB data in memory only (faster; nothing survives a stop). */
        public Builder memoryMongo(boolean memoryMongo) {
            this.memoryMongo = memoryMongo;
            return this;
        }

        /** Copies every child's output, prefixed with its name, to the console (it always goes to its log file). */
        public Builder printLogs(boolean printLogs) {
            this.printLogs = printLogs;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            return this;
        }

        public Builder mongoPort(int port) {
            this.mongoPort = port;
            return this;
        }

        public Builder smtpPort(int port) {
            this.smtpPort = port;
            return this;
        }

        public Builder mailApiPort(int port) {
            this.mailApiPort = port;
            return this;
        }

        /** Port of the demo authorization server, which is also part of its issuer URL. */
        public Builder authServerPort(int port) {
            this.authServerPort = port;
            return this;
        }

        public Builder servicePort(PantauService service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        /** Free ports for everything, chosen now; for tests that must not collide with a running stack. */
        public Builder randomPorts() {
            int[] ports = Ports.free(6 + PantauService.values().length);
            kafkaPort = ports[0];
            kafkaControllerPort = ports[1];
            mongoPort = ports[2];
            smtpPort = ports[3];
            mailApiPort = ports[4];
            authServerPort = ports[5];
            for (PantauService service : PantauService.values()) {
                servicePorts.put(service, ports[6 + service.ordinal()]);
            }
            return this;
        }

        /** Uses this Kafka (bootstrap servers) instead of starting one; null starts the embedded broker. */
        public Builder externalKafka(String bootstrapServers) {
            this.externalKafka = bootstrapServers;
            return this;
        }

        /** Uses this MongoDB (connection string) instead of starting one; null starts the embedded server. */
        public Builder externalMongo(String uri) {
            this.externalMongo = uri;
            return this;
        }

        /**
         * Which services to run (default: all four); none gives the infrastructure alone, without the authorization
         * server.
         */
        public Builder services(PantauService... services) {
            this.services = services.length == 0 ? EnumSet.noneOf(PantauService.class) : EnumSet.of(services[0], services);
            return this;
        }

        /** An extra environment variable for one service, e.g. a shorter escalation delay in a system test. */
        public Builder environment(PantauService service, String name, String value) {
            Map<String, String> variables = new HashMap<>(environment.getOrDefault(service, Map.of()));
            variables.put(name, value);
            environment.put(service, variables);
            return this;
        }

        /**
         * Starts everything and waits until every part is ready.
         *
         * @throws StartupException if a part fails or is not ready in time; what had started is stopped again
         */
        public LocalStack start() {
            LocalStack stack = build();
            try {
                stack.startAll();
            } catch (RuntimeException e) {
                stack.stop();
                throw e;
            }
            return stack;
        }

        LocalStack build() {
            if (root == null) {
                root(findRoot(Path.of("").toAbsolutePath()));
            }
            if (dataDir == null) {
                dataDir(root.resolve(".pantau"));
            }
            if (fresh && root.startsWith(dataDir)) {
                throw new IllegalArgumentException("Refusing to wipe " + dataDir + ": it contains the repository");
            }
            return new LocalStack(new Builder(this));
        }

        private static Path findRoot(Path start) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("deploy/local/pom.xml"))) {
                    return dir;
                }
            }
            throw new StartupException("No Pantau Inovasi repository at or above " + start + "; run from inside it");
        }
    }
}
