package id.pantau.reporting;

import id.pantau.events.PantauEvent;
import id.pantau.reporting.actionplan.SeedEvents;
import id.pantau.testing.ApiClient;
import id.pantau.testing.AuthorizationMatrix;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role × own region, another region of the province, another province: the status each
 * caller gets, from {@code authorization-matrix.txt}. The innovations arrive as registrations on innovation-events.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a consumer group of its own: the cached context of ActionPlanIT, in the same JVM, is in the service's
        // group and would otherwise take some partitions, and with them this class's fixtures, into its database
        "spring.cloud.stream.bindings.innovationEvents-in-0.group=reporting-authorization-matrix",
        "spring.cloud.stream.bindings.monitoringEvents-in-0.group=reporting-authorization-matrix",
        "spring.cloud.stream.bindings.notificationEvents-in-0.group=reporting-authorization-matrix"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load("authorization-matrix.txt");
    static final String KOTA_BANDUNG = "32.73";

    static final Map<String, TestCaller> CALLERS = Map.of(
            "PROVINCE_ADMIN", TestCaller.provinceAdmin("32"),
            "REGION_ADMIN", TestCaller.regionAdmin(KOTA_BANDUNG),
            "OPD_OPERATOR", TestCaller.opdOperator(KOTA_BANDUNG, SeedEvents.PTSP),
            "INSPECTOR", TestCaller.inspector(KOTA_BANDUNG),
            "VERIFIER", TestCaller.verifier(KOTA_BANDUNG),
            "VIEWER", TestCaller.viewer(KOTA_BANDUNG));

    /** A registered innovation in the region of each target: Kabupaten Bandung, then Kota Surabaya (Jawa Timur). */
    static final Map<String, SeedEvents.Ptsp> INNOVATIONS = Map.of(
            "own-region", new SeedEvents.Ptsp(KOTA_BANDUNG),
            "other-region", new SeedEvents.Ptsp("32.04"),
            "other-province", new SeedEvents.Ptsp("35.78"));

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    void registerOneInnovationPerTarget() {
        try (EventFeed events = new EventFeed(kafka, mongo)) {
            events.awaitHandled(events.publish(INNOVATIONS.values().stream()
                    .<PantauEvent>map(SeedEvents.Ptsp::registered).toList()));
        }
    }

    @Test
    void everyEndpointIsInTheTable(@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        MATRIX.assertCovers(mapping);
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        return MATRIX.tests(new ApiClient("http://127.0.0.1:" + port), CALLERS, this::request);
    }

    private AuthorizationMatrix.Request request(String endpoint, String target, String role) {
        return AuthorizationMatrix.Request.of(switch (endpoint) {
            case "GET /api/v1/reports/action-plan" -> "/api/v1/reports/action-plan?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/early-warning" -> "/api/v1/reports/early-warning?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/innovation-recap" -> "/api/v1/reports/innovation-recap?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/quarterly-monev" -> "/api/v1/reports/quarterly-monev?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/reporting-compliance" -> "/api/v1/reports/reporting-compliance?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/replications" -> "/api/v1/reports/replications?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/indicator-achievement" -> "/api/v1/reports/indicator-achievement?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/innovation-index" -> "/api/v1/reports/innovation-index?region=" + INNOVATIONS.get(target).region;
            case "GET /api/v1/reports/action-plan/{innovationId}" ->
                    "/api/v1/reports/action-plan/" + INNOVATIONS.get(target).innovationId;
            case "GET /api/v1/audit" -> "/api/v1/audit?entity=innovation&id=" + INNOVATIONS.get(target).innovationId;
            case "GET /api/v1/audit/verification" -> "/api/v1/audit/verification";
            case "POST /api/v1/projections/rebuild" -> "/api/v1/projections/rebuild";
            case "GET /api/v1/projections/rebuild/{rebuildId}" -> "/api/v1/projections/rebuild/unknown";
            default -> throw new IllegalArgumentException("no request for " + endpoint);
        });
    }
}
