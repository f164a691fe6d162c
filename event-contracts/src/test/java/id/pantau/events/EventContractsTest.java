package id.pantau.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event in the catalogue has a schema and a golden sample, and the records agree with both. */
class EventContractsTest {

    private static final ObjectMapper SCHEMA_JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final JsonMapper json = PantauJson.mapper();

    @TestFactory
    Stream<DynamicTest> everySampleValidatesAgainstItsSchema() {
        return EventCatalog.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.type(), () ->
                assertThat(violations(entry, read(samplePath(entry)))).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everySampleRoundTripsThroughItsRecordUnchanged() {
        return EventCatalog.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.type(), () -> {
            String sample = read(samplePath(entry));
            PantauEvent event = json.readValue(sample, entry.eventClass());
            String written = json.writeValueAsString(event);

            assertThat(json.readTree(written)).isEqualTo(json.readTree(sample));
            assertThat(violations(entry, written)).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRecordFieldIsDescribedByTheSchema() {
        return EventCatalog.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.type(), () -> {
            JsonNode properties = json.readTree(read(schemaPath(entry))).get("properties");
            String[] fields = Arrays.stream(entry.eventClass().getRecordComponents())
                    .map(component -> component.getName()).toArray(String[]::new);

            assertThat(properties.propertyNames()).containsExactlyInAnyOrder(fields);
        }));
    }

    @Test
    void aSampleMissingARequiredFieldIsRejected() {
        EventCatalog.Entry entry = EventCatalog.of(InnovationRegistered.class);
        ObjectNode sample = (ObjectNode) json.readTree(read(samplePath(entry)));
        sample.remove("regionCode");

        assertThat(violations(entry, sample.toString()))
                .anySatisfy(message -> assertThat(message.getMessage()).contains("regionCode"));
    }

    @Test
    void aRegionCodeThatIsNotAKemendagriCodeIsRejected() {
        EventCatalog.Entry entry = EventCatalog.of(IndicatorMeasured.class);
        ObjectNode sample = (ObjectNode) json.readTree(read(samplePath(entry)));
        sample.put("regionCode", "Bandung");

        assertThat(violations(entry, sample.toString())).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRegionCodeFieldAcceptsEveryKemendagriCode() {
        return EventCatalog.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.type(), () -> {
            JsonNode properties = json.readTree(read(schemaPath(entry))).get("properties");
            List<String> regionFields = properties.propertyNames().stream()
                    .filter(name -> name.endsWith("egionCode")).toList();

            assertThat(regionFields).isNotEmpty().allSatisfy(field -> {
                Pattern pattern = Pattern.compile(properties.get(field).get("pattern").asString());
                assertThat(List.of("11", "32", "99", "32.01", "32.69", "32.71", "32.73", "99.99"))
                        .allSatisfy(code -> assertThat(RegionCode.parse(code)).isPresent())
                        .allSatisfy(code -> assertThat(pattern.matcher(code).find()).as(field + " " + code).isTrue());
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> alertFollowUpsWrittenBeforeTheOpdCodeStillReadAndValidate() {
        return Stream.of(AlertAcknowledged.class, AlertResolved.class).map(type -> DynamicTest.dynamicTest(
                type.getSimpleName(), () -> {
                    EventCatalog.Entry entry = EventCatalog.of(type);
                    ObjectNode older = (ObjectNode) json.readTree(read(samplePath(entry)));
                    older.remove("opdCode");

                    PantauEvent event = json.readValue(older.toString(), type);

                    assertThat(event).hasFieldOrPropertyWithValue("opdCode", null)
                            .hasFieldOrPropertyWithValue("alertId", older.get("alertId").asString());
                    assertThat(violations(entry, older.toString())).isEmpty();
                }));
    }

    @Test
    void typesFollowTheNamingConvention() {
        assertThat(EventCatalog.of(InnovationRegistered.class).type()).isEqualTo("id.pantau.InnovationRegistered.v1");
        assertThat(EventCatalog.of(TargetSlipped.class).topic()).isEqualTo(Topic.MONITORING);
        assertThat(EventCatalog.ofType("id.pantau.InnovationRegistered.v9")).isEmpty();
    }

    private static Set<ValidationMessage> violations(EventCatalog.Entry entry, String body) {
        try (InputStream schema = resource(schemaPath(entry))) {
            JsonSchema jsonSchema = SCHEMAS.getSchema(schema);
            return jsonSchema.validate(SCHEMA_JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schemaPath(EventCatalog.Entry entry) {
        return "events/schemas/" + entry.fileName() + ".schema.json";
    }

    private static String samplePath(EventCatalog.Entry entry) {
        return "events/samples/" + entry.fileName() + ".json";
    }

    private static String read(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
