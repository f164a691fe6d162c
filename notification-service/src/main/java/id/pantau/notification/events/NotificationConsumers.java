package id.pantau.notification.events;

import id.pantau.defaults.events.EventConsumers;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.IndicatorMeasured;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.PantauEvent;
import id.pantau.events.ReportDueSoon;
import id.pantau.events.ReportOverdue;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import id.pantau.notification.alert.AlertService;
import id.pantau.notification.alert.AlertSignal;
import id.pantau.notification.alert.Recovery;
import id.pantau.notification.delivery.Reminders;
import id.pantau.notification.innovation.InnovationLabel;
import id.pantau.notification.innovation.InnovationLabels;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The topics this service listens to; every other event type on them is none of its business. */
@Configuration
class NotificationConsumers {

    @Bean
    Consumer<Message<byte[]>> monitoringEvents(EventConsumers consumers, AlertService alerts, Reminders reminders) {
        return consumers.once("notification.monitoring-events", received -> {
            PantauEvent event = received.event();
            if (event instanceof TargetSlipped slipped) {
                alerts.signal(AlertSignal.of(received.id(), slipped));
            } else if (event instanceof ReportOverdue overdue) {
                alerts.signal(AlertSignal.of(received.id(), overdue));
            } else if (event instanceof ForecastMissProjected projected) {
                alerts.signal(AlertSignal.of(received.id(), projected));
            } else if (event instanceof TargetRecovered recovered) {
                alerts.recover(Recovery.of(received.id(), recovered));
            } else if (event instanceof ReportDueSoon due) {
                reminders.reportDueSoon(received.id(), due);
            } else if (event instanceof IndicatorMeasured measured) {
                alerts.reportReceived(received.id(), measured.indicatorId(), measured.period(), measured.measuredAt());
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> innovationEvents(EventConsumers consumers, InnovationLabels labels) {
        return consumers.once("notification.innovation-events", received -> {
            if (received.event() instanceof InnovationRegistered registered) {
                labels.keep(InnovationLabel.of(registered));
            }
        });
    }
}
