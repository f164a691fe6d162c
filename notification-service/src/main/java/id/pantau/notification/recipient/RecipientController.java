package id.pantau.notification.recipient;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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

    private final RecipientService recipients;
    private final IdempotentRequests idempotent;

    RecipientController(RecipientService recipients, IdempotentRequests idempotent) {
        this.recipients = recipients;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Add a recipient by email or webhook (its signing secret is in this answer only); the same region, address and role again is a 409 recipient-exists")
    ResponseEntity<?> create(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                             @Valid @RequestBody NewRecipient request) {
        request.check();
        Scope scope = Scope.current();
        return idempotent.execute("create-recipient", key, request, () -> {
            Recipient recipient = recipients.add(request, scope);
            return ResponseEntity.created(URI.create("/api/v1/recipients/" + recipient.id()))
                    .body(RecipientView.created(recipient));
        });
    }

    @GetMapping
    @Operation(summary = "Recipients in your scope, optionally of one region (PP.KK) or a province (PP) and its regions")
    PageView<RecipientView> list(@RequestParam(required = false) String region,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        return PageView.of(recipients.list(region, Scope.current(), query.pageable()), RecipientView::of);
    }

    @GetMapping("/{id}")
    RecipientView get(@PathVariable String id) {
        return RecipientView.of(recipients.find(id, Scope.current()));
    }

    @PostMapping("/{id}/webhook-secret")
    @Operation(summary = "Rotate a webhook recipient's signing secret: the new one is in this answer only; messages "
            + "carry signatures with both secrets until the overlap ends; 409 recipient-not-webhook for email")
    RecipientView rotateSecret(@PathVariable String id) {
        return RecipientView.created(recipients.rotateSecret(id, Scope.current()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a recipient: it receives nothing more and is gone from the API; the record stays")
    ResponseEntity<Void> remove(@PathVariable String id) {
        recipients.remove(id, Scope.current());
        return ResponseEntity.noContent().build();
    }
}
