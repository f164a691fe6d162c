package id.pantau.innovation.actionplan;

import id.pantau.defaults.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/innovations/import")
@Tag(name = "Action-plan import", description = "Registering the rows of an action-plan table (CSV or XLSX) at once")
class ActionPlanImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ActionPlanImport imports;
    private final ImportSettings settings;
    private final IdempotentRequests idempotent;

    ActionPlanImportController(ActionPlanImport imports, ImportSettings settings, IdempotentRequests idempotent) {
        this.imports = imports;
        this.settings = settings;
        this.idempotent = idempotent;
    }

    /** What tells one import request from another for its Idempotency-Key: the file's digest and the options. */
    record Fingerprint(String sha256, String region, LocalDate startDate, boolean dryRun) {
    }

    @PostMapping(consumes = {"text/csv", "text/plain", XLSX, "application/octet-stream"})
    @Operation(summary = "Import an action-plan table: each innovation registered whole (with its indicators,"
            + " InnovationRegistered and audit entry) or refused with its reasons; dryRun=true only reports",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The table as CSV (UTF-8, ';' or ',') or XLSX (its first sheet); see GET"
                            + " /api/v1/innovations/import/template",
                    content = {
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                                    examples = @ExampleObject(name = "seed", summary = "one row of the example plan",
                                            value = ImportExamples.CSV)),
                            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))}),
            responses = @ApiResponse(responseCode = "200", description = "the report, per innovation of the table",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ImportReport.class),
                            examples = @ExampleObject(name = "report", value = ImportExamples.REPORT))))
    ResponseEntity<?> importPlan(
            @Parameter(description = "the region the table is for (default: the caller's)")
            @RequestParam(required = false) String region,
            @Parameter(description = "start of rows without Tanggal Mulai (default: today in the region)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            @Parameter(description = "judge every row and report, writing nothing")
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
            HttpServletRequest request) throws IOException {
        byte[] content = readLimited(request.getInputStream());
        Fingerprint fingerprint = new Fingerprint(sha256(content), region, startDate, dryRun);
        return idempotent.execute("import-innovations", key, fingerprint,
                () -> ResponseEntity.ok(imports.importTable(content, region, startDate, dryRun)));
    }

    @GetMapping("/template")
    @Operation(summary = "The empty table to fill in: its headers, with a note row (CSV) or a guidance sheet (XLSX)")
    ResponseEntity<Resource> template(@Parameter(description = "csv or xlsx (default)")
                                      @RequestParam(defaultValue = "xlsx") String format) {
        return file(ActionPlanFiles.TEMPLATE, format);
    }

    @GetMapping("/sample")
    @Operation(summary = "The three rows of the example action plan of Kota Bandung, ready to import")
    ResponseEntity<Resource> sample(@Parameter(description = "csv or xlsx (default)")
                                    @RequestParam(defaultValue = "xlsx") String format) {
        return file(ActionPlanFiles.SAMPLE, format);
    }

    private static ResponseEntity<Resource> file(ActionPlanFiles file, String format) {
        String name = file.fileName(format);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .contentType(ActionPlanFiles.mediaType(format))
                .body(file.resource(format));
    }

    /** Reads at most one byte more than allowed, so a body without Content-Length cannot run the memory out. */
    private byte[] readLimited(InputStream body) throws IOException {
        long limit = settings.maxFileSize().toBytes();
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (content.length > limit) {
            throw ImportProblems.tooLarge(settings.maxFileSize().toKilobytes());
        }
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
