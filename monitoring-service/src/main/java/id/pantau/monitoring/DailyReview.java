package id.pantau.monitoring;

import id.pantau.defaults.time.Moments;
import id.pantau.monitoring.compliance.ReportingCompliance;
import id.pantau.monitoring.judging.MissedDeadlines;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rules that time drives rather than measurements: report states first (so that an overdue report is known),
 * then missed deadlines. Runs once the service is up and then on {@code pantau.monitoring.review-cron}.
 */
@Component
class DailyReview {

    private static final Logger log = LoggerFactory.getLogger(DailyReview.class);

    private final ReportingCompliance compliance;
    private final MissedDeadlines deadlines;

    DailyReview(ReportingCompliance compliance, MissedDeadlines deadlines) {
        this.compliance = compliance;
        this.deadlines = deadlines;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        review();
    }

    @Scheduled(cron = "${pantau.monitoring.review-cron:0 5 * * * *}")
    void review() {
        try {
            Instant now = Moments.now();
            int reports = compliance.review(now);
            int missed = deadlines.review(now);
            log.info("Time-driven review: {} report states changed, {} deadlines missed", reports, missed);
        } catch (RuntimeException e) {
            log.warn("Time-driven review failed, next round on schedule: {}", e.toString());
        }
    }
}
