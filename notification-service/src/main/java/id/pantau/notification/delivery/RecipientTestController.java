package id.pantau.notification.delivery;

import id.pantau.defaults.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recipients")
class RecipientTestController {

    private final RecipientTests tests;

    RecipientTestController(RecipientTests tests) {
        this.tests = tests;
    }

    @PostMapping("/api/v1/recipients/{id}/test")
    @Operation(summary = "Send a test message to the recipient now, once, through its channel; the answer is the "
            + "delivery: SENT, or FAILED with the error")
    DeliveryView test(@PathVariable String id) {
        return DeliveryView.of(tests.send(id, Scope.current()));
    }
}
