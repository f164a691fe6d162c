package id.pantau.innovation;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives the OpenAPI document an example of every JSON request body and main response, from
 * {@code openapi/examples.json} (by {@code METHOD /path}), where the operation does not state one itself. A value
 * {@code "$name"} stands for the shared example of that name (a region, an OPD, an innovation), so one realistic
 * innovation serves every answer that returns one.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

    private static final String EXAMPLES = "openapi/examples.json";

    private final Map<String, Object> shared;
    private final Map<String, Object> requests;
    private final Map<String, Object> responses;

    @SuppressWarnings("unchecked")
    OpenApiExamples(JsonMapper json) {
        Map<String, Object> examples;
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            examples = json.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shared = (Map<String, Object>) examples.get("shared");
        this.requests = (Map<String, Object>) examples.get("requests");
        this.responses = (Map<String, Object>) examples.get("responses");
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method.name() + " " + path;
            if (requests.containsKey(key) && operation.getRequestBody() != null) {
                addExample(operation.getRequestBody().getContent(), resolve(requests.get(key)));
            }
            if (responses.containsKey(key) && operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        addExample(response.getContent(), resolve(responses.get(key)));
                    }
                });
            }
        }));
    }

    /** On the JSON media types (springdoc writes {@code *}{@code /*} for a ResponseEntity of any body) lacking one. */
    private static void addExample(Content content, Object example) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            boolean json = type.contains("json") || type.equals("*/*");
            if (json && !hasExample(media)) {
                media.setExample(example);
            }
        });
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    private Object resolve(Object value) {
        if (value instanceof String text && text.startsWith("$") && shared.containsKey(text.substring(1))) {
            return shared.get(text.substring(1));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> resolved = new LinkedHashMap<>();
            map.forEach((name, inner) -> resolved.put(name, resolve(inner)));
            return resolved;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::resolve).toList();
        }
        return value;
    }
}
