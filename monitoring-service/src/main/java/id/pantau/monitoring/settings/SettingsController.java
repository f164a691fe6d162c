package id.pantau.monitoring.settings;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.events.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/settings/{regionCode}")
class SettingsController {

    private final SettingsCatalog catalog;

    SettingsController(SettingsCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The judging settings in effect for a region, and where they come from",
            description = "ETag: the version of the region's own settings (0 while it inherits them).")
    ResponseEntity<EffectiveSettings> get(@PathVariable String regionCode) {
        readable(regionCode);
        return ResponseEntity.ok().eTag(etag(catalog.ownVersion(regionCode))).body(catalog.forRegion(regionCode));
    }

    @PutMapping
    @Operation(summary = "Change a region's judging settings: a new version of its own, audited",
            description = "Fields left out keep the value in effect. A province's settings are inherited by its "
                    + "kabupaten/kota that have none of their own. With If-Match, a version changed since is not "
                    + "overwritten (412).")
    ResponseEntity<EffectiveSettings> change(@PathVariable String regionCode,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody SettingsChange change) {
        readable(regionCode);
        EffectiveSettings changed = catalog.change(regionCode, change.settings(), change.reason().strip(),
                expectedVersion(ifMatch), Scope.current());
        return ResponseEntity.ok().eTag(etag(changed.version())).body(changed);
    }

    /** A region the caller cannot read (or no region code at all) is not found. */
    private static void readable(String regionCode) {
        if (RegionCode.parse(regionCode).isEmpty() || !Scope.current().canRead(regionCode)) {
            throw ApiProblem.notFound("region-not-found", regionCode);
        }
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException notAVersion) {
            throw ApiProblem.preconditionFailed("settings-changed", ifMatch, "?");
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
