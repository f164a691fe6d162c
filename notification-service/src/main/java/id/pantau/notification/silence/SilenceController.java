package id.pantau.notification.silence;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
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
@RequestMapping("/api/v1/silences")
@Tag(name = "Silences", description = "Time-boxed holds on delivering the alerts of a known situation")
class SilenceController {

    private final SilenceService silences;
    private final IdempotentRequests idempotent;

    SilenceController(SilenceService silences, IdempotentRequests idempotent) {
        this.silences = silences;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Silence the alerts of a region (a province covers its regions), optionally of one OPD, "
            + "innovation, indicator or rule, until endsAt, with a mandatory comment; the caller is the creator")
    ResponseEntity<?> create(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                             @Valid @RequestBody NewSilence request) {
        Scope scope = Scope.current();
        return idempotent.execute("create-silence", key, request, () -> {
            Silence silence = silences.create(request, scope);
            return ResponseEntity.created(URI.create("/api/v1/silences/" + silence.id()))
                    .body(SilenceView.of(silence, silence.createdAt()));
        });
    }

    @GetMapping
    @Operation(summary = "Silences, newest first; active=true for those not ended (in force or to start), false for ended ones")
    PageView<SilenceView> list(@RequestParam(required = false) String region,
                               @RequestParam(required = false) Boolean active,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        Instant now = silences.now();
        return PageView.of(silences.list(region, active, Scope.current(), query.pageable()),
                silence -> SilenceView.of(silence, now));
    }

    @GetMapping("/{id}")
    SilenceView get(@PathVariable String id) {
        return SilenceView.of(silences.find(id, Scope.current()), silences.now());
    }

    @PostMapping("/{id}/expire")
    @Operation(summary = "End the silence now; 409 silence-expired when it has ended already")
    SilenceView expire(@PathVariable String id) {
        Silence expired = silences.expire(id, Scope.current());
        return SilenceView.of(expired, expired.expiredAt());
    }
}
