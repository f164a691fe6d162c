package id.pantau.notification.recipient;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.RegionCode;
import id.pantau.notification.web.RegionFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/recipients")
@Tag(name = "Recipients", description = "Who receives the alerts of a region")
class RecipientController {

    private final Recipients recipients;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    RecipientController(Recipients recipients, IdempotentRequests idempotent, Clock clock) {
        this.recipients = recipients;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Add a recipient; the same region, email and role again is a 409 recipient-exists")
    ResponseEntity<?> create(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                             @Valid @RequestBody NewRecipient request) {
        request.checkRole();
        return idempotent.execute("create-recipient", key, request, () -> {
            Recipient recipient = Recipient.create(ObjectId.get().toHexString(), new RegionCode(request.regionCode()),
                    request.name(), request.email(), request.role(), request.opdCode(), clock.instant());
            try {
                recipients.insert(recipient);
            } catch (DuplicateKeyException exists) {
                throw ApiProblem.conflict("recipient-exists", recipient.regionCode(), recipient.email(), recipient.role());
            }
            return ResponseEntity.created(URI.create("/api/v1/recipients/" + recipient.id()))
                    .body(RecipientView.of(recipient));
        });
    }

    @GetMapping
    @Operation(summary = "Active recipients, optionally of one region (PP.KK) or a province (PP) and its regions")
    PageView<RecipientView> list(@RequestParam(required = false) String region,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        return PageView.of(recipients.active(RegionFilter.criteria(region), query.pageable()), RecipientView::of);
    }

    @GetMapping("/{id}")
    RecipientView get(@PathVariable String id) {
        return RecipientView.of(found(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deactivate a recipient: it receives nothing more, and stays on record")
    ResponseEntity<Void> deactivate(@PathVariable String id) {
        if (!ObjectId.isValid(id) || !recipients.deactivate(id, clock.instant())) {
            throw ApiProblem.notFound("recipient-not-found", id);
        }
        return ResponseEntity.noContent().build();
    }

    private Recipient found(String id) {
        return (ObjectId.isValid(id) ? recipients.find(id) : Optional.<Recipient>empty())
                .orElseThrow(() -> ApiProblem.notFound("recipient-not-found", id));
    }
}
