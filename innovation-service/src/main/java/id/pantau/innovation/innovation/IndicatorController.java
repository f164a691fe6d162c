package id.pantau.innovation.innovation;

import id.pantau.innovation.etag.Etags;
import id.pantau.innovation.indicator.IndicatorRetirement;
import id.pantau.innovation.indicator.IndicatorRevision;
import id.pantau.innovation.indicator.NewIndicator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The success indicators of an innovation after its registration. Each change answers the whole innovation
 * with its new ETag, since each changes the innovation's version.
 */
@RestController
@RequestMapping("/api/v1/innovations/{id}/indicators")
@Tag(name = "Indicators", description = "Adding, revising and retiring the success indicators of an innovation")
class IndicatorController {

    private final IndicatorChanges changes;

    IndicatorController(IndicatorChanges changes) {
        this.changes = changes;
    }

    @PostMapping
    @Operation(summary = "Add an indicator (trend, bound or milestone); needs If-Match; announces IndicatorAdded")
    ResponseEntity<InnovationView> add(@PathVariable String id,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody NewIndicator request) {
        Innovation changed = changes.add(id, ifMatch, request);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Etags.of(changed.version()))
                .body(InnovationView.of(changed));
    }

    @PostMapping("/{indicatorId}/evidence")
    @Operation(summary = "Link an evidence document to an indicator; needs If-Match")
    ResponseEntity<InnovationView> addEvidence(@PathVariable String id, @PathVariable String indicatorId,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch,
                                               @RequestBody EvidenceRequest request) {
        Innovation changed = changes.addEvidence(id, ifMatch, new EvidenceRequest(indicatorId, request.title(),
                request.url(), request.type(), request.date()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Etags.of(changed.version()))
                .body(InnovationView.of(changed));
    }

    @PostMapping("/{indicatorId}/revisions")
    @Operation(summary = "Revise the target and/or deadline with a reason, keeping the old ones; needs If-Match;"
            + " announces IndicatorTargetRevised")
    ResponseEntity<InnovationView> revise(@PathVariable String id, @PathVariable String indicatorId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody IndicatorRevision request) {
        Innovation changed = changes.revise(id, indicatorId, ifMatch, request);
        return ResponseEntity.ok().eTag(Etags.of(changed.version())).body(InnovationView.of(changed));
    }

    @PostMapping("/{indicatorId}/retirement")
    @Operation(summary = "Stop measuring an indicator, with a reason; needs If-Match; announces IndicatorRetired")
    ResponseEntity<InnovationView> retire(@PathVariable String id, @PathVariable String indicatorId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody IndicatorRetirement request) {
        Innovation changed = changes.retire(id, indicatorId, ifMatch, request);
        return ResponseEntity.ok().eTag(Etags.of(changed.version())).body(InnovationView.of(changed));
    }
}
