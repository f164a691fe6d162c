package id.pantau.innovation.opd;

import id.pantau.innovation.etag.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/opds")
@Tag(name = "OPDs")
class OpdChangeController {

    private final OpdDirectory directory;

    OpdChangeController(OpdDirectory directory) {
        this.directory = directory;
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an OPD's name, short name, kind, parent or active flag (those given); needs If-Match;"
            + " announces its new state as OpdRegistered",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "rename", value = """
                            {"name": "Dinas Penanaman Modal dan PTSP", "shortName": "DPMPTSP", "kind": "DINAS"}"""))))
    ResponseEntity<OpdView> update(@Parameter(description = "the OPD's id, or its SIPD code when that names one OPD"
                                           + " among the regions the caller reads")
                                   @PathVariable String id,
                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @RequestBody OpdPatch patch) {
        Opd changed = directory.update(id, ifMatch, patch);
        return ResponseEntity.ok().eTag(Etags.of(changed.version())).body(OpdView.of(changed));
    }
}
