package id.pantau.innovation.opd;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.innovation.etag.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions/{regionCode}/opds")
@Tag(name = "OPDs", description = "Regional work units by their SIPD code, unique within a region")
class OpdController {

    private final OpdDirectory directory;
    private final IdempotentRequests idempotent;

    OpdController(OpdDirectory directory, IdempotentRequests idempotent) {
        this.directory = directory;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Register an OPD, or a sub-unit of one, in a region")
    ResponseEntity<?> register(@PathVariable String regionCode,
                               @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                               @RequestBody NewOpd request) {
        // keys are the caller's own: another caller's key must not replay an answer it may not see
        return idempotent.execute("create-opd:" + regionCode, key, request, () -> {
            Opd opd = directory.register(regionCode, request);
            return ResponseEntity.created(URI.create("/api/v1/regions/" + opd.regionCode() + "/opds/" + opd.code()))
                    .eTag(Etags.of(opd.version())).body(OpdView.of(opd));
        });
    }

    @GetMapping
    PageView<OpdView> list(@PathVariable String regionCode,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return directory.list(regionCode, PageQuery.of(page, size)).map(OpdView::of);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One OPD; its ETag is the version to send back in If-Match to change it")
    ResponseEntity<OpdView> get(@PathVariable String regionCode, @PathVariable String code) {
        Opd opd = directory.find(regionCode, code);
        return ResponseEntity.ok().eTag(Etags.of(opd.version())).body(OpdView.of(opd));
    }
}
