package id.pantau.local;

/**
 * The one table printed once the stack is up: where each service, its docs and health, the infrastructure and the
 * authorization server are.
 */
final class UrlTable {

    private UrlTable() {
    }

    static String render(LocalStack stack) {
        StringBuilder table = new StringBuilder();
        String row = "  %-14s %-32s %-44s %s%n";
        table.append(String.format(row, "service", "API", "Swagger UI", "health"));
        for (PantauService service : stack.services()) {
            String url = stack.serviceUrl(service);
            table.append(String.format(row, service.shortName(), url + "/api/v1", url + "/swagger-ui.html",
                    url + "/actuator/health"));
        }
        String infra = "  %-14s %s%n";
        table.append(System.lineSeparator());
        table.append(String.format(infra, "Kafka", stack.kafkaBootstrap()));
        table.append(String.format(infra, "MongoDB", stack.mongoUri("")));
        table.append(String.format(infra, "SMTP", Readiness.HOST + ":" + stack.smtpPort()));
        table.append(String.format(infra, "mail API", stack.mailApiUrl()));
        if (stack.runsAuthServer()) {
            table.append(String.format(infra, "issuer", stack.issuerUrl()));
            table.append(String.format(infra, "token", stack.tokenUrl() + "  (clients: deploy/auth-server/README.md)"));
        }
        table.append(String.format(infra, "logs", stack.dataDir().resolve("logs")));
        return table.toString();
    }
}
