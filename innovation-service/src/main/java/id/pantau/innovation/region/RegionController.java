package id.pantau.innovation.region;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
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
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Provinces and kabupaten/kota by their Kemendagri code")
class RegionController {

    private final RegionDirectory directory;
    private final IdempotentRequests idempotent;

    RegionController(RegionDirectory directory, IdempotentRequests idempotent) {
        this.directory = directory;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Register a region for this deployment: switch on a province (PP) or kabupaten/kota (PP.KK)"
            + " of the official list, or add one the list does not hold under its registered province")
    ResponseEntity<?> register(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                               @RequestBody NewRegion request) {
        // keys are the caller's own: another caller's key must not replay an answer it may not see
        return idempotent.execute("create-region", key, request, () -> {
            Region region = directory.register(request);
            return ResponseEntity.created(URI.create("/api/v1/regions/" + region.code())).body(RegionView.of(region));
        });
    }

    @GetMapping
    @Operation(summary = "Regions within the caller's scope, by code, optionally the kabupaten/kota of one province,"
            + " only active or only inactive ones")
    PageView<RegionView> list(@RequestParam(required = false) String parent,
                              @RequestParam(required = false) Boolean active,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return directory.list(parent, active, PageQuery.of(page, size)).map(RegionView::of);
    }

    @GetMapping("/{code}")
    RegionView get(@PathVariable String code) {
        return RegionView.of(directory.find(code));
    }

    @PostMapping("/{code}/deactivate")
    @Operation(summary = "Switch a region off again (province admin); refused while it has active OPDs or"
            + " innovations in progress")
    RegionView deactivate(@PathVariable String code) {
        return RegionView.of(directory.deactivate(code));
    }
}
