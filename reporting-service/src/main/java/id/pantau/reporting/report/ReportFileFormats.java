package id.pantau.reporting.report;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Lists the files every report can also be had as (CSV, XLSX, PDF) beside the JSON schema its controller
 * declares, in the OpenAPI document of each operation that takes a {@link ReportQuery}, so no controller repeats them.
 */
@Component
class ReportFileFormats implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean report = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == ReportQuery.class);
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (report && ok != null) {
            Content content = ok.getContent() == null ? new Content() : ok.getContent();
            for (ReportFormat format : ReportFormat.values()) {
                String type = format.mediaType().getType() + "/" + format.mediaType().getSubtype();
                content.putIfAbsent(type, new MediaType());
            }
            ok.setContent(content);
        }
        return operation;
    }
}
