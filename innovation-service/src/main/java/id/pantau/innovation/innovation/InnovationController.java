package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;
import id.pantau.innovation.etag.Etags;
import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.InnovationForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/innovations")
@Tag(name = "Innovations", description = "Action-plan rows with their profile, stage and success indicators")
class InnovationController {

    private final InnovationRegister register;
    private final InnovationEditor editor;
    private final Replications replications;
    private final IndicatorChanges changes;
    private final IdempotentRequests idempotent;

    InnovationController(InnovationRegister register, InnovationEditor editor, Replications replications,
                         IndicatorChanges changes, IdempotentRequests idempotent) {
        this.register = register;
        this.editor = editor;
        this.replications = replications;
        this.changes = changes;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Register an innovation of a registered OPD; announces InnovationRegistered")
    ResponseEntity<?> register(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                               @RequestBody NewInnovation request) {
        // keys are the caller's own: another caller's key must not replay an answer it may not see
        return idempotent.execute("create-innovation", key, request, () -> {
            Innovation innovation = register.register(request);
            return ResponseEntity.created(URI.create("/api/v1/innovations/" + innovation.id()))
                    .eTag(Etags.of(innovation.version()))
                    .body(InnovationView.of(innovation));
        });
    }

    @GetMapping
    @Operation(summary = "Innovations within the caller's scope, newest first unless sorted otherwise, narrowed by"
            + " region, OPD, stage, form, digital, theme, start year and text in the title or problem")
    PageView<InnovationView> list(@RequestParam(required = false) String region,
                                  @RequestParam(required = false) String opd,
                                  @RequestParam(required = false) InnovationStage stage,
                                  @RequestParam(required = false) InnovationForm form,
                                  @RequestParam(required = false) Boolean digital,
                                  @RequestParam(required = false) String theme,
                                  @RequestParam(required = false) Integer year,
                                  @Parameter(description = "text in the title or the problem, ignoring case")
                                  @RequestParam(required = false) String q,
                                  @Parameter(description = "registeredAt, title, startDate or targetDate, then"
                                          + " ,asc or ,desc (default registeredAt,desc)")
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        InnovationFilter filter = new InnovationFilter(region, opd, stage, form, digital, theme, year, q);
        return register.list(filter, sort, PageQuery.of(page, size)).map(InnovationView::of);
    }

    @GetMapping("/counts")
    @Operation(summary = "How many innovations the same filters hold, per stage and per responsible OPD")
    InnovationCounts counts(@RequestParam(required = false) String region,
                            @RequestParam(required = false) String opd,
                            @RequestParam(required = false) InnovationStage stage,
                            @RequestParam(required = false) InnovationForm form,
                            @RequestParam(required = false) Boolean digital,
                            @RequestParam(required = false) String theme,
                            @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) String q) {
        return register.count(new InnovationFilter(region, opd, stage, form, digital, theme, year, q));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One innovation; its ETag is the version to send back in If-Match to change it")
    ResponseEntity<InnovationView> get(@PathVariable String id) {
        return withEtag(register.find(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change descriptive fields (those given; the rest stay); needs If-Match; announces"
            + " InnovationUpdated")
    ResponseEntity<InnovationView> update(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody InnovationPatch patch) {
        return withEtag(editor.update(id, ifMatch, patch));
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move to another stage (uji coba, penerapan, dihentikan, diarsipkan) with its reason and"
            + " date; needs If-Match; announces InnovationStageChanged")
    ResponseEntity<InnovationView> changeStage(@PathVariable String id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch,
                                               @RequestBody StageRequest request) {
        return withEtag(editor.changeStage(id, ifMatch, request));
    }

    @PostMapping("/{id}/evidence")
    @Operation(summary = "Link an evidence document (title, http(s) address, type, date) to the innovation;"
            + " needs If-Match")
    ResponseEntity<InnovationView> addEvidence(@PathVariable String id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                               String ifMatch,
                                               @RequestBody EvidenceRequest request) {
        Innovation changed = changes.addEvidence(id, ifMatch, new EvidenceRequest(null, request.title(),
                request.url(), request.type(), request.date()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Etags.of(changed.version()))
                .body(InnovationView.of(changed));
    }

    @PostMapping("/{id}/replications")
    @Operation(summary = "Record a replication: registers the replica in the adopter's region and OPD"
            + " (InnovationRegistered) and links it to this original (InnovationReplicated)")
    ResponseEntity<?> replicate(@PathVariable String id,
                                @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                @RequestBody ReplicationRequest request) {
        return idempotent.execute("replicate-innovation:" + id, key, request, () -> {
            Innovation replica = replications.replicate(id, request);
            return ResponseEntity.created(URI.create("/api/v1/innovations/" + replica.id()))
                    .eTag(Etags.of(replica.version()))
                    .body(InnovationView.of(replica));
        });
    }

    private static ResponseEntity<InnovationView> withEtag(Innovation innovation) {
        return ResponseEntity.ok().eTag(Etags.of(innovation.version())).body(InnovationView.of(innovation));
    }
}
