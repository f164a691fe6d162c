package id.pantau.notification.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for unacknowledged alerts whose escalation is due. The timers are the alerts' own
 * {@code nextEscalationAt}, in MongoDB: a restart loses none, and a replica that escalates an alert first makes
 * the others' attempt a no-op.
 */
@Component
class AlertEscalations {

    private static final Logger log = LoggerFactory.getLogger(AlertEscalations.class);

    private final AlertService alerts;

    AlertEscalations(AlertService alerts) {
        this.alerts = alerts;
    }

    @Scheduled(fixedDelayString = "${pantau.notification.escalation.poll-interval:1m}",
            initialDelayString = "${pantau.notification.escalation.poll-interval:1m}")
    void escalateDue() {
        try {
            alerts.escalateDue();
        } catch (RuntimeException e) {
            log.warn("Escalation round stopped, will retry: {}", e.toString());
        }
    }
}
