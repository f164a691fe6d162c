package id.pantau.notification.delivery;

import id.pantau.notification.alert.NoticesPending;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Plans and sends messages off the callers' threads, one round at a time: right after an alert left a notice,
 * and on a schedule for retries and for whatever a crash or an outage left behind. A slow SMTP server
 * therefore never holds up event consumption or the API.
 */
@Component
class DeliveryWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryPlanner planner;
    private final DeliverySender sender;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean roundRequested = new AtomicBoolean();

    DeliveryWorker(DeliveryPlanner planner, DeliverySender sender) {
        this.planner = planner;
        this.sender = sender;
    }

    @EventListener
    void noticesPending(NoticesPending pending) {
        deliverSoon();
    }

    @Scheduled(fixedDelayString = "${pantau.notification.delivery.poll-interval:30s}",
            initialDelayString = "${pantau.notification.delivery.poll-interval:30s}")
    void onSchedule() {
        deliverSoon();
    }

    /** Requests made while a round is queued are merged into it. */
    void deliverSoon() {
        if (roundRequested.compareAndSet(false, true)) {
            worker.execute(() -> {
                roundRequested.set(false);
                deliver();
            });
        }
    }

    private void deliver() {
        try {
            planner.planPending();
            sender.sendDue();
        } catch (RuntimeException e) {
            log.warn("Delivery round stopped, will retry: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
