package id.pantau.notification.delivery;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.notification.alert.AlertStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alerts")
class DeliveryController {

    private final AlertStore alerts;
    private final Deliveries deliveries;

    DeliveryController(AlertStore alerts, Deliveries deliveries) {
        this.alerts = alerts;
        this.deliveries = deliveries;
    }

    @GetMapping("/api/v1/alerts/{id}/deliveries")
    @Operation(summary = "Every message of an alert in your scope, oldest first: sent, failing (with the next "
            + "attempt), given up or held back by a silence")
    List<DeliveryView> deliveries(@PathVariable String id) {
        Scope scope = Scope.current();
        alerts.find(id, scope).orElseThrow(() -> ApiProblem.notFound("alert-not-found", id));
        return deliveries.ofAlert(id, scope).stream().map(DeliveryView::of).toList();
    }
}
