package id.pantau.notification;

import id.pantau.events.AlertAcknowledged;
import id.pantau.events.AlertEscalated;
import id.pantau.events.AlertRaised;
import id.pantau.events.AlertResolved;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.IndicatorMeasured;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportDueSoon;
import id.pantau.events.ReportOverdue;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import id.pantau.events.AlertRule;
import id.pantau.notification.alert.AlertService;
import id.pantau.notification.alert.AlertSignal;
import id.pantau.testing.ApiClient;
import id.pantau.testing.EventProbe;
import id.pantau.testing.EventSender;
import id.pantau.testing.TestCaller;
import java.math.BigDecimal;
import java.time.Duration;
import id.pantau.calendar.IndonesianZone;
import id.pantau.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * notification-service as its users see it, against a real Kafka broker, a MongoDB server and an SMTP server
 * (GreenMail): slips and recoveries produced to monitoring-events open, update and resolve alerts, which are
 * announced on notification-events and mailed to the region's inspectorate; people acknowledge and resolve
 * them through the API, as callers of the tests' token issuer, each within its region. Every test works in
 * regions of its own, so its mails and alerts are its own.
 * Run by {@link NotificationIT} on the local engines and by {@link NotificationContainersIT} on Testcontainers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pantau.notification.delivery.poll-interval=300ms",
        "pantau.notification.delivery.first-retry=1s",
        "pantau.notification.delivery.max-retry=2s",
        "pantau.notification.delivery.max-attempts=20",
        "pantau.notification.region-names[32.71]=Kota Bogor",
        "pantau.notification.escalation.poll-interval=300ms",
        "pantau.notification.escalation.regions[32.05].working-days=1,1",
        "pantau.notification.escalation.regions[32.06].working-days=1,400",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        // the tests run at any hour: messages wait for office hours only where a test asks for it
        "pantau.notification.office-hours.enabled=false",
        "pantau.notification.office-hours.regions[32.11].enabled=true",
        "pantau.notification.digest.poll-interval=300ms",
        "pantau.notification.escalation.regions[52].zone=WITA",
        "pantau.notification.escalation.regions[52.71].working-days=1,1",
        "pantau.notification.region-names[52.71]=Kota Mataram"})
@Import(TestClock.Configuration.class)
abstract class AbstractNotificationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OPD = "2.18.0.00.0.00.01.0000";
    /** The province of most tests' regions; its admin reads and acts in all of them. */
    private static final TestCaller JAWA_BARAT = TestCaller.provinceAdmin("32");
    private static EventProbe notificationEvents;
    /** Produces events as monitoring and innovation publish them. */
    private static EventSender events;

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AlertService alertService;

    /** The Telegram Bot API as the tests' stub: the service's base URL points here. */
    private static final TestWebhookReceiver TELEGRAM = new TestWebhookReceiver();
    private static final String BOT_TOKEN = "123456:test-token";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestSmtp::port);
        registry.add("pantau.notification.telegram.base-url", () -> TELEGRAM.url(""));
        registry.add("pantau.notification.telegram.bot-token", () -> BOT_TOKEN);
    }

    @BeforeEach
    void connect() {
        if (notificationEvents == null) {
            notificationEvents = EventProbe.on(kafka, "notification-events");
            events = EventSender.to(kafka);
        }
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        notificationEvents.close();
        notificationEvents = null;
        events.close();
    }

    // --- events, as monitoring and innovation publish them ---

    @Test
    void aSlipOpensOneAlertAnnouncesItAndMailsOnlyTheRegionsInspectorate() {
        String inspectorate = recipient("32.71", "inspektorat@bogorkota.go.id", "INSPECTORATE", null);
        String otherRegion = recipient("32.72", "inspektorat@sukabumikota.go.id", "INSPECTORATE", null);
        String opdHead = recipient("32.71", "kadis@bogorkota.go.id", "OPD_HEAD", OPD);
        String removed = recipient("32.71", "mantan.inspektorat@bogorkota.go.id", "INSPECTORATE", null);
        assertThat(api().delete("/api/v1/recipients/" + recipientId(removed)).status()).isEqualTo(204);
        String innovation = id();
        String indicator = id();
        events.send(registered(innovation, "32.71", indicator));
        // the labels come from another topic than the slip, in no guaranteed order: let them arrive first
        await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is(innovation)), "innovation_labels"));

        events.send(slipped(innovation, indicator, "32.71", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));

        AlertRaised raised = notificationEvents.await(AlertRaised.class, event -> indicator.equals(event.indicatorId()));
        assertThat(raised.innovationId()).isEqualTo(innovation);
        assertThat(raised.regionCode()).isEqualTo("32.71");
        assertThat(raised.opdCode()).isEqualTo(OPD);
        assertThat(raised.rule()).isEqualTo(AlertRule.BEHIND_TRAJECTORY);
        assertThat(raised.severity()).isEqualTo(Severity.RED);
        assertThat(raised.period()).isEqualTo("2026-03");
        EventProbe.Recorded record = notificationEvents.recorded().stream()
                .filter(r -> r.event() instanceof AlertRaised a && a.alertId().equals(raised.alertId())).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(innovation);
        assertThat(record.type()).isEqualTo("id.pantau.AlertRaised.v1");
        assertThat(record.headers()).containsEntry("ce_source", "/pantau/notification-service");

        JsonNode alert = api().get("/api/v1/alerts/" + raised.alertId()).json();
        assertThat(alert.get("state").asString()).isEqualTo("OPEN");
        assertThat(alert.get("occurrences").asInt()).isEqualTo(1);
        assertThat(alert.get("indicatorName").asString()).isEqualTo("Waktu layanan");
        assertThat(alert.get("expected").decimalValue()).isEqualByComparingTo("7.5");

        TestSmtp.Mail mail = awaitMails(inspectorate, 1).get(0);
        assertThat(mail.subject())
                .isEqualTo("[Pantau Inovasi] Peringatan MERAH: Waktu layanan — Dinas PTSP (Kota Bogor 32.71)");
        assertThat(mail.body()).contains("Aplikasi layanan perizinan online", "Seharusnya: 7,5", "Realisasi: 9,5",
                "/alerts/" + raised.alertId());
        assertThat(deliveriesOf(raised.alertId())).extracting(delivery -> delivery.getString("recipient"))
                .containsExactly(inspectorate);
        assertThat(TestSmtp.mailsTo(otherRegion)).isEmpty();
        assertThat(TestSmtp.mailsTo(opdHead)).isEmpty();
        assertThat(TestSmtp.mailsTo(removed)).isEmpty();
        assertThat(api().get("/actuator/prometheus", "Accept", "text/plain").body())
                .contains("pantau_notification_alerts_raised_total", "pantau_notification_mails_sent_total");
    }

    @Test
    void redeliveriesAndRepeatsOfAPeriodKeepOneAlertWithTheWorstSeverityAnotherPeriodOpensAnotherAndRecoveryResolvesBoth() {
        String inspectorate = recipient("32.74", "inspektorat@cirebonkota.go.id", "INSPECTORATE", null);
        String innovation = id();
        String indicator = id();
        TargetSlipped first = slipped(innovation, indicator, "32.74", SlipRule.BOUND_BREACHED, Severity.AMBER, "2026-03");
        String firstId = events.send(first);
        String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
        awaitMails(inspectorate, 1);

        events.send(first, firstId);
        events.send(slipped(innovation, indicator, "32.74", SlipRule.BOUND_BREACHED, Severity.AMBER, "2026-03"));

        await().until(() -> alert(alertId).get("occurrences").asInt() == 2);
        awaitNoticesPlanned(alertId);
        assertThat(deliveriesOf(alertId)).hasSize(1);

        events.send(slipped(innovation, indicator, "32.74", SlipRule.BOUND_BREACHED, Severity.RED, "2026-03"));
        List<TestSmtp.Mail> mails = awaitMails(inspectorate, 2);
        assertThat(mails.get(1).subject()).startsWith("[Pantau Inovasi] Peringatan naik menjadi MERAH: Waktu layanan");
        events.send(slipped(innovation, indicator, "32.74", SlipRule.BOUND_BREACHED, Severity.AMBER, "2026-03"));
        await().until(() -> alert(alertId).get("occurrences").asInt() == 4);
        JsonNode repeated = alert(alertId);
        assertThat(repeated.get("severity").asString()).as("the worst severity stays").isEqualTo("RED");
        assertThat(repeated.at("/history/1/kind").asString()).isEqualTo("SEVERITY_RAISED");

        events.send(slipped(innovation, indicator, "32.74", SlipRule.BOUND_BREACHED, Severity.AMBER, "2026-04"));
        String aprilId = notificationEvents.await(AlertRaised.class,
                e -> indicator.equals(e.indicatorId()) && !alertId.equals(e.alertId())).alertId();
        assertThat(alert(aprilId).get("period").asString()).isEqualTo("2026-04");
        awaitMails(inspectorate, 3);

        events.send(new TargetRecovered(innovation, indicator, "32.74", OPD, "Waktu layanan", SlipRule.BOUND_BREACHED,
                "2026-06", new BigDecimal("2"), new BigDecimal("1.5"), new BigDecimal("1"), Instant.now()));

        AlertResolved resolved = notificationEvents.await(AlertResolved.class, e -> alertId.equals(e.alertId()));
        assertThat(resolved.resolution()).isEqualTo(AlertResolved.Resolution.RECOVERED);
        notificationEvents.await(AlertResolved.class, e -> aprilId.equals(e.alertId()));
        assertThat(awaitMails(inspectorate, 5)).extracting(TestSmtp.Mail::subject).filteredOn(subject ->
                subject.startsWith("[Pantau Inovasi] Kembali sesuai target: Waktu layanan")).hasSize(2);
        JsonNode alert = alert(alertId);
        assertThat(alert.get("state").asString()).isEqualTo("RESOLVED");
        assertThat(alert.get("resolution").asString()).isEqualTo("RECOVERED");
        assertThat(alert.get("recoveredIn").asString()).isEqualTo("2026-06");
        assertThat(api().get("/api/v1/alerts?indicator=" + indicator).json().get("totalElements").asInt()).isEqualTo(2);
        assertThat(api().get("/api/v1/alerts?indicator=" + indicator + "&period=2026-03&severity=RED&rule=BOUND_BREACHED")
                .json().get("totalElements").asInt()).isEqualTo(1);
        assertThat(notificationEvents.events(AlertRaised.class)).filteredOn(e -> indicator.equals(e.indicatorId())).hasSize(2);

        JsonNode deliveries = api().get("/api/v1/alerts/" + alertId + "/deliveries").json();
        assertThat(deliveries).extracting(d -> d.get("kind").asString())
                .containsExactly("RAISED", "SEVERITY_RAISED", "RECOVERED");
        assertThat(deliveries).allSatisfy(d -> assertThat(d.get("status").asString()).isEqualTo("SENT"));
        assertThat(deliveries.toString()).doesNotContain(inspectorate);
    }

    @Test
    void aRecoveryWithoutAnOpenAlertChangesNothing() {
        String innovation = id();
        String recoveredIndicator = id();
        String markerIndicator = id();

        events.send(new TargetRecovered(innovation, recoveredIndicator, "32.79", OPD, "Waktu layanan",
                SlipRule.BEHIND_TRAJECTORY, "2026-03", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Instant.now()));
        events.send(slipped(innovation, markerIndicator, "32.79", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));

        notificationEvents.await(AlertRaised.class, e -> markerIndicator.equals(e.indicatorId()));
        assertThat(api().get("/api/v1/alerts?indicator=" + recoveredIndicator).json().get("totalElements").asInt())
                .isZero();
    }

    @Test
    void concurrentSlipsOfOneIndicatorAndRuleKeepOneOpenAlertCountingEachOccurrence() throws Exception {
        String innovation = id();
        String indicator = id();
        int deliveries = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(deliveries);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                AlertSignal signal = AlertSignal.of(UUID.randomUUID().toString(),
                        slipped(innovation, indicator, "32.78", SlipRule.DEADLINE_MISSED, Severity.AMBER, "2026-03"));
                done.add(threads.submit((Callable<Object>) () -> {
                    start.await();
                    return alertService.signal(signal);
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }

        JsonNode alerts = api().get("/api/v1/alerts?indicator=" + indicator).json();
        assertThat(alerts.get("totalElements").asInt()).isEqualTo(1);
        assertThat(alerts.at("/content/0/occurrences").asInt()).isEqualTo(deliveries);
        assertThat(alerts.at("/content/0/rule").asString()).isEqualTo(AlertRule.DEADLINE_MISSED.name());
    }

    @Test
    void whileSmtpIsDownTheMailWaitsAndArrivesOnceItIsBack() {
        String inspectorate = recipient("32.75", "inspektorat@banjarkota.go.id", "INSPECTORATE", null);
        String indicator = id();
        TestSmtp.stop();
        String alertId;
        try {
            events.send(slipped(id(), indicator, "32.75", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));
            alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
            await().until(() -> deliveriesOf(alertId).stream().anyMatch(d -> d.getInteger("attempts") >= 2));
            org.bson.Document failed = deliveriesOf(alertId).get(0);
            assertThat(failed.getString("status")).isEqualTo("FAILED");
            assertThat(failed.getString("error")).isNotBlank();
            assertThat(failed.get("nextAttemptAt")).isNotNull();
        } finally {
            TestSmtp.start();
        }

        assertThat(awaitMails(inspectorate, 1).get(0).subject()).startsWith("[Pantau Inovasi] Peringatan KUNING");
        await().until(() -> "SENT".equals(deliveriesOf(alertId).get(0).getString("status")));
        assertThat(deliveriesOf(alertId).get(0).getInteger("attempts")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anOverdueReportOpensAnAlertThatIsMailedAndAnnouncedAndTheReportResolvesIt() {
        String inspectorate = recipient("32.77", "inspektorat@tasikmalayakota.go.id", "INSPECTORATE", null);
        String innovation = id();
        String overdueIndicator = id();
        String markerIndicator = id();

        events.send(new ReportOverdue(innovation, overdueIndicator, "32.77", OPD, "Waktu layanan", "2026-03",
                LocalDate.of(2026, 4, 14), Instant.now()));
        events.send(slipped(innovation, markerIndicator, "32.77", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));

        AlertRaised announced = notificationEvents.await(AlertRaised.class, e -> overdueIndicator.equals(e.indicatorId()));
        assertThat(announced.rule()).isEqualTo(AlertRule.REPORT_OVERDUE);
        assertThat(announced.severity()).isEqualTo(Severity.AMBER);
        JsonNode overdue = api().get("/api/v1/alerts?indicator=" + overdueIndicator).json().at("/content/0");
        assertThat(overdue.get("rule").asString()).isEqualTo("REPORT_OVERDUE");
        assertThat(overdue.get("state").asString()).isEqualTo("OPEN");
        assertThat(awaitMails(inspectorate, 2)).extracting(TestSmtp.Mail::subject)
                .anyMatch(subject -> subject.startsWith("[Pantau Inovasi] Laporan terlambat: Waktu layanan"));

        events.send(new IndicatorMeasured(id(), innovation, overdueIndicator, "32.77", OPD, "2026-03", BigDecimal.TEN,
                "operator-subject", null, null, Instant.now(), null, null, null, null));

        await().until(() -> "RESOLVED".equals(alert(overdue.get("id").asString()).get("state").asString()));
        assertThat(alert(overdue.get("id").asString()).get("resolution").asString()).isEqualTo("RECOVERED");
        assertThat(notificationEvents.await(AlertResolved.class, e -> announced.alertId().equals(e.alertId()))
                .resolution()).isEqualTo(AlertResolved.Resolution.RECOVERED);
        assertThat(awaitMails(inspectorate, 3)).extracting(TestSmtp.Mail::subject)
                .anyMatch(subject -> subject.startsWith("[Pantau Inovasi] Laporan diterima: Waktu layanan"));
    }

    @Test
    void aReportDueSoonRemindsTheOwingOpdsHeadOnceAndOpensNoAlert() {
        String head = recipient("32.10", "kadis.ptsp@ciamiskab.go.id", "OPD_HEAD", OPD);
        String otherHead = recipient("32.10", "kadis.kominfo@ciamiskab.go.id", "OPD_HEAD", "2.16.0.00.0.00.01.0000");
        String inspectorate = recipient("32.10", "inspektorat@ciamiskab.go.id", "INSPECTORATE", null);
        String indicator = id();
        ReportDueSoon due = new ReportDueSoon(id(), indicator, "32.10", OPD, "Waktu layanan", "2026-03",
                LocalDate.of(2026, 4, 14), Instant.now());

        String eventId = events.send(due);
        events.send(due, eventId);

        assertThat(awaitMails(head, 1).get(0).subject())
                .isEqualTo("[Pantau Inovasi] Pengingat laporan: Waktu layanan periode 2026-03 jatuh tempo 14/04/2026");
        // a later event of the same region has gone through the same consumer: the redelivery had its chance
        String marker = id();
        events.send(slipped(id(), marker, "32.10", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));
        awaitMails(inspectorate, 1);
        assertThat(TestSmtp.mailsTo(head)).hasSize(1);
        assertThat(TestSmtp.mailsTo(otherHead)).isEmpty();
        assertThat(TestSmtp.mailsTo(inspectorate)).extracting(TestSmtp.Mail::subject)
                .noneMatch(subject -> subject.contains("Pengingat"));
        assertThat(api().get("/api/v1/alerts?indicator=" + indicator).json().get("totalElements").asInt()).isZero();
        org.bson.Document reminder = mongo.findOne(Query.query(Criteria.where("_id").regex("^reminder-" + java.util.regex.Pattern.quote(eventId))),
                org.bson.Document.class, "deliveries");
        assertThat(reminder.getString("regionCode")).isEqualTo("32.10");
        assertThat(reminder.getString("opdCode")).isEqualTo(OPD);
    }

    @Test
    void aProjectedMissOpensOneWarningPerDeadlineThatIsMailedAndAnnouncedOnce() {
        String inspectorate = recipient("32.01", "inspektorat@bogorkab.go.id", "INSPECTORATE", null);
        String innovation = id();
        String indicator = id();
        ForecastMissProjected projected = new ForecastMissProjected(innovation, indicator, "32.01", OPD,
                "Waktu layanan", new BigDecimal("5"), LocalDate.of(2026, 6, 30), new BigDecimal("6.2"), null,
                Instant.now());

        events.send(projected);
        events.send(projected);

        JsonNode warning = await().until(() -> api().get("/api/v1/alerts?indicator=" + indicator + "&rule=FORECAST_MISS")
                .json(), page -> page.at("/content/0/occurrences").asInt() == 2).at("/content/0");
        assertThat(warning.get("severity").asString()).isEqualTo("AMBER");
        assertThat(warning.get("period").asString()).isEqualTo("2026-06-30");
        assertThat(awaitMails(inspectorate, 1).get(0).subject())
                .startsWith("[Pantau Inovasi] Proyeksi target tidak tercapai: Waktu layanan");
        AlertRaised announced = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId()));
        assertThat(announced.rule()).isEqualTo(AlertRule.FORECAST_MISS);
        assertThat(announced.alertId()).isEqualTo(warning.get("id").asString());
        assertThat(notificationEvents.events(AlertRaised.class)).filteredOn(e -> indicator.equals(e.indicatorId()))
                .as("a repeat is no new alert").hasSize(1);
    }

    // --- the alert API ---

    @Test
    void anAlertIsAcknowledgedThenResolvedByHandAndEveryTransitionIsKeptUnderTheCallersSubject() {
        TestCaller inspector = TestCaller.inspector("32.76");
        String indicator = id();
        String innovation = id();
        events.send(slipped(innovation, indicator, "32.76", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
        String path = "/api/v1/alerts/" + alertId;

        // a name typed in the body is not who acted: the caller's token says who
        ApiClient.Response acknowledged = api(inspector).post(path + "/acknowledge",
                Map.of("by", "Budi Santoso", "comment", "Ditindaklanjuti"));
        ApiClient.Response again = api(inspector).post(path + "/acknowledge", Map.of("comment", "lagi"));

        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.json().at("/history/1/by").asString()).isEqualTo(inspector.subject());
        assertThat(acknowledged.body()).doesNotContain("Budi Santoso");
        AlertAcknowledged event = notificationEvents.await(AlertAcknowledged.class, e -> alertId.equals(e.alertId()));
        assertThat(event.acknowledgedBy()).isEqualTo(inspector.subject());
        assertThat(event.comment()).isEqualTo("Ditindaklanjuti");
        assertProblem(again, 409, "alert-not-open");

        ApiClient.Response withoutReason = api(inspector).post(path + "/resolve", Map.of("by", "Budi Santoso"));
        assertProblem(withoutReason, 400, "validation-failed");
        assertThat(withoutReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(alert(alertId).get("state").asString()).isEqualTo("ACKNOWLEDGED");

        ApiClient.Response resolved = api(inspector).post(path + "/resolve",
                Map.of("reason", "Target direvisi pertengahan tahun"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("resolution").asString()).isEqualTo("MANUAL");
        assertThat(resolved.json().get("history")).extracting(entry -> entry.get("kind").asString())
                .containsExactly("OPENED", "ACKNOWLEDGED", "RESOLVED");
        assertThat(resolved.json().get("history")).extracting(entry -> entry.get("by").asString())
                .containsExactly("system", inspector.subject(), inspector.subject());
        assertThat(resolved.json().at("/history/2/comment").asString()).isEqualTo("Target direvisi pertengahan tahun");
        assertThat(notificationEvents.await(AlertResolved.class, e -> alertId.equals(e.alertId())).resolution())
                .isEqualTo(AlertResolved.Resolution.MANUAL);
        assertProblem(api(inspector).post(path + "/resolve", Map.of("reason", "again")), 409, "alert-resolved");

        JsonNode audit = awaitAudit(inspector, "alert", alertId, 2);
        assertThat(audit).extracting(entry -> entry.at("/entry/action").asString())
                .containsExactly("acknowledged", "resolved");
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.at("/entry/subject").asString()).isEqualTo(inspector.subject());
            assertThat(entry.at("/entry/region").asString()).isEqualTo("32.76");
            assertThat(entry.at("/entry/beforeDigest").asString()).hasSize(64);
            assertThat(entry.at("/entry/afterDigest").asString()).hasSize(64);
        });

        events.send(slipped(innovation, indicator, "32.76", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-04"));
        String reopened = notificationEvents.await(AlertRaised.class,
                e -> indicator.equals(e.indicatorId()) && !alertId.equals(e.alertId())).alertId();
        JsonNode list = api().get("/api/v1/alerts?indicator=" + indicator).json();
        assertThat(list.get("totalElements").asInt()).isEqualTo(2);
        assertThat(list.at("/content/0/id").asString()).isEqualTo(reopened);
    }

    @Test
    void anotherRegionsPeopleNeitherSeeNorFollowUpItsAlerts() {
        String kotaBandung = id();
        String kabupatenBandung = id();
        events.send(slipped(id(), kotaBandung, "32.73", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        events.send(slipped(id(), kabupatenBandung, "32.04", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        String kotaAlert = notificationEvents.await(AlertRaised.class, e -> kotaBandung.equals(e.indicatorId())).alertId();
        String kabupatenAlert = notificationEvents.await(AlertRaised.class,
                e -> kabupatenBandung.equals(e.indicatorId())).alertId();
        String path = "/api/v1/alerts/" + kotaAlert;

        for (TestCaller kabupaten : List.of(TestCaller.inspector("32.04"), TestCaller.regionAdmin("32.04"))) {
            assertProblem(api(kabupaten).get(path), 404, "alert-not-found");
            assertThat(api(kabupaten).get("/api/v1/alerts?indicator=" + kotaBandung).json().get("totalElements").asInt())
                    .isZero();
            assertThat(ids(api(kabupaten).get("/api/v1/alerts?region=32").json()))
                    .contains(kabupatenAlert).doesNotContain(kotaAlert);
            assertThat(api(kabupaten).get("/api/v1/alerts?region=32.73").json().get("totalElements").asInt()).isZero();
            assertProblem(api(kabupaten).post(path + "/acknowledge", Map.of("comment", "bukan wilayah kami")),
                    404, "alert-not-found");
            assertProblem(api(kabupaten).post(path + "/resolve", Map.of("reason", "bukan wilayah kami")),
                    404, "alert-not-found");
        }
        // the province's inspectorate reads every region of the province, but follows up only its own
        assertThat(api(TestCaller.inspector("32")).get(path).status()).isEqualTo(200);
        assertProblem(api(TestCaller.inspector("32")).post(path + "/acknowledge", Map.of()), 403, "out-of-scope");
        assertThat(alert(kotaAlert).get("state").asString()).isEqualTo("OPEN");

        TestCaller kotaInspector = TestCaller.inspector("32.73");
        assertThat(api(kotaInspector).send("POST", path + "/acknowledge", null).status()).isEqualTo(200);
        assertThat(awaitAudit(kotaInspector, "alert", kotaAlert, 1).get(0).at("/entry/action").asString())
                .isEqualTo("acknowledged");
        assertThat(api(TestCaller.inspector("32.04")).get("/api/v1/audit?entity=alert&id=" + kotaAlert).json()
                .get("totalElements").asInt()).isZero();
        assertThat(api(JAWA_BARAT).get("/api/v1/audit?entity=alert&id=" + kotaAlert).json()
                .get("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void anAlertsDeliveriesCarryItsRegionAndOpdAndAreListedOnlyWithinTheCallersScope() {
        String inspectorate = recipient("32.13", "inspektorat@subangkab.go.id", "INSPECTORATE", null);
        String indicator = id();
        events.send(slipped(id(), indicator, "32.13", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
        awaitMails(inspectorate, 1);

        org.bson.Document planned = deliveriesOf(alertId).get(0);
        assertThat(planned.getString("regionCode")).isEqualTo("32.13");
        assertThat(planned.getString("opdCode")).isEqualTo(OPD);
        // one planned before deliveries carried a region, and one stored under a region outside Jawa Barat
        org.bson.Document older = new org.bson.Document(planned);
        older.put("_id", "older/" + alertId);
        older.remove("regionCode");
        older.remove("opdCode");
        org.bson.Document elsewhere = new org.bson.Document(planned);
        elsewhere.put("_id", "elsewhere/" + alertId);
        elsewhere.put("regionCode", "35.78");
        mongo.insert(List.of(older, elsewhere), "deliveries");

        for (TestCaller reader : List.of(TestCaller.inspector("32.13"), JAWA_BARAT)) {
            JsonNode listed = api(reader).get("/api/v1/alerts/" + alertId + "/deliveries").json();
            assertThat(listed.valueStream().map(delivery -> delivery.get("id").asString()))
                    .containsExactlyInAnyOrder(planned.getString("_id"), "older/" + alertId);
        }
        assertProblem(api(TestCaller.inspector("32.04")).get("/api/v1/alerts/" + alertId + "/deliveries"),
                404, "alert-not-found");
    }

    @Test
    void transitionsOfUnknownAlertsAreNotFoundAndOverlongCommentsRefused() {
        String unknown = new ObjectId().toHexString();

        assertProblem(api().post("/api/v1/alerts/" + unknown + "/acknowledge", Map.of()), 404, "alert-not-found");
        assertProblem(api().post("/api/v1/alerts/not-an-id/resolve", Map.of("reason", "y")), 404, "alert-not-found");
        assertProblem(api().get("/api/v1/alerts/" + unknown), 404, "alert-not-found");
        ApiClient.Response overlong = api().post("/api/v1/alerts/" + unknown + "/acknowledge",
                Map.of("comment", "x".repeat(1001)));
        assertProblem(overlong, 400, "validation-failed");
        assertThat(overlong.json().at("/errors/0/field").asString()).isEqualTo("comment");
    }

    @Test
    void alertListsAreFilteredByRegionOrProvinceStateAndIndicatorNewestFirst() {
        TestCaller jakarta = TestCaller.provinceAdmin("31");
        String first = id();
        String second = id();
        events.send(slipped(id(), first, "31.71", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));
        String firstAlert = notificationEvents.await(AlertRaised.class, e -> first.equals(e.indicatorId())).alertId();
        events.send(slipped(id(), second, "31.72", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));
        String secondAlert = notificationEvents.await(AlertRaised.class, e -> second.equals(e.indicatorId())).alertId();
        assertThat(api(jakarta).send("POST", "/api/v1/alerts/" + firstAlert + "/acknowledge", null).status()).isEqualTo(200);

        JsonNode province = api(jakarta).get("/api/v1/alerts?region=31&size=1").json();
        assertThat(province.get("totalElements").asInt()).isEqualTo(2);
        assertThat(province.get("totalPages").asInt()).isEqualTo(2);
        assertThat(province.get("size").asInt()).isEqualTo(1);
        assertThat(province.at("/content/0/id").asString()).isEqualTo(secondAlert);
        assertThat(api(jakarta).get("/api/v1/alerts?region=31&page=1&size=1").json().at("/content/0/id").asString())
                .isEqualTo(firstAlert);
        assertThat(ids(api(jakarta).get("/api/v1/alerts?region=31.71").json())).containsExactly(firstAlert);
        assertThat(ids(api(jakarta).get("/api/v1/alerts?region=31&state=OPEN").json())).containsExactly(secondAlert);
        assertThat(ids(api(jakarta).get("/api/v1/alerts?region=31&state=ACKNOWLEDGED").json())).containsExactly(firstAlert);
        assertThat(api(jakarta).get("/api/v1/alerts?region=31.73").json().get("totalElements").asInt()).isZero();
        assertThat(api(JAWA_BARAT).get("/api/v1/alerts?region=31").json().get("totalElements").asInt()).isZero();

        assertThat(fieldOf(api().get("/api/v1/alerts?region=jakarta"), 400)).isEqualTo("region");
        assertThat(fieldOf(api().get("/api/v1/alerts?state=SLEEPING"), 400)).isEqualTo("state");
        assertThat(fieldOf(api().get("/api/v1/alerts?size=0"), 400)).isEqualTo("size");
        assertThat(fieldOf(api().get("/api/v1/alerts?page=-1"), 400)).isEqualTo("page");
    }

    @Test
    void noAlertIsShownWithoutAValidToken() {
        assertProblem(anonymous().get("/api/v1/alerts"), 401, "unauthenticated");
        assertProblem(anonymous().withToken("not-a-token").get("/api/v1/recipients"), 401, "unauthenticated");
    }

    // --- escalation ---

    @Test
    void anUnacknowledgedAlertEscalatesLevelByLevelToTheProvinceTellingEachLevelAndRecoveryTellsThemAll() {
        String inspectorate = recipient("32.05", "inspektorat@cianjurkab.go.id", "INSPECTORATE", null);
        String province = recipient("32", "inspektorat@jabarprov.go.id", "PROVINCE", null);
        String innovation = id();
        String indicator = id();
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));

        events.send(new TargetSlipped(innovation, indicator, "32.05", OPD, "Waktu layanan", SlipRule.BEHIND_TRAJECTORY,
                Severity.RED, "2026-03", new BigDecimal("7.5"), new BigDecimal("9.5"), new BigDecimal("0.2"), monthAgo));

        String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
        assertThat(notificationEvents.await(AlertEscalated.class, e -> alertId.equals(e.alertId()) && e.level() == 2)
                .escalatedAt()).isAfter(monthAgo);
        AlertEscalated last = notificationEvents.await(AlertEscalated.class, e -> alertId.equals(e.alertId()) && e.level() == 3);
        assertThat(last.opdCode()).isEqualTo(OPD);
        JsonNode alert = await().until(() -> alert(alertId), view -> view.get("level").asInt() == 3);
        assertThat(alert.has("nextEscalationAt")).as("nothing beyond level 3").isFalse();
        assertThat(alert.get("history")).extracting(entry -> entry.get("kind").asString())
                .containsExactly("OPENED", "ESCALATED", "ESCALATED");
        assertThat(awaitMails(inspectorate, 2)).extracting(TestSmtp.Mail::subject).anyMatch(subject ->
                subject.startsWith("[Pantau Inovasi] Belum ditindaklanjuti, eskalasi level 2: Waktu layanan"));
        assertThat(awaitMails(province, 1).get(0).subject())
                .startsWith("[Pantau Inovasi] Belum ditindaklanjuti, eskalasi level 3: Waktu layanan");

        events.send(new TargetRecovered(innovation, indicator, "32.05", OPD, "Waktu layanan", SlipRule.BEHIND_TRAJECTORY,
                "2026-04", new BigDecimal("7"), new BigDecimal("6.9"), new BigDecimal("1.02"), Instant.now()));
        assertThat(awaitMails(province, 2).get(1).subject()).startsWith("[Pantau Inovasi] Kembali sesuai target");
        assertThat(notificationEvents.events(AlertEscalated.class)).filteredOn(e -> alertId.equals(e.alertId())).hasSize(2);
    }

    @Test
    void acknowledgingAnEscalatedAlertStopsItsEscalation() {
        TestCaller inspector = TestCaller.inspector("32.06");
        String indicator = id();
        events.send(new TargetSlipped(id(), indicator, "32.06", OPD, "Waktu layanan", SlipRule.BEHIND_TRAJECTORY,
                Severity.AMBER, "2026-03", new BigDecimal("7.5"), new BigDecimal("8.5"), new BigDecimal("0.6"),
                Instant.now().minus(Duration.ofDays(30))));
        String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
        notificationEvents.await(AlertEscalated.class, e -> alertId.equals(e.alertId()) && e.level() == 2);
        JsonNode escalated = await().until(() -> alert(alertId), view -> view.get("level").asInt() == 2);
        assertThat(Instant.parse(escalated.get("nextEscalationAt").asString())).isAfter(Instant.now().plus(Duration.ofDays(300)));

        ApiClient.Response acknowledged = api(inspector).post("/api/v1/alerts/" + alertId + "/acknowledge",
                Map.of("comment", "Ditindaklanjuti"));

        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().has("nextEscalationAt")).isFalse();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(new ObjectId(alertId))
                .and("nextEscalationAt").exists(true)), "alerts")).as("no timer is left").isFalse();
        assertThat(alert(alertId).get("level").asInt()).isEqualTo(2);
    }

    // --- routing ---

    @Test
    void routingRulesDecideWhoIsToldByFirstMatchContinueAndProvinceRulesAndRecipientsKeepMilderMessagesAway() {
        TestCaller jawaTengah = TestCaller.provinceAdmin("33");
        String inspectorate = recipient(jawaTengah, "33.01", "inspektorat@semarangkab.go.id", "INSPECTORATE", null, null);
        String bappeda = recipient(jawaTengah, "33.01", "bappeda@semarangkab.go.id", "BAPPEDA", null, null);
        String opdHead = recipient(jawaTengah, "33.01", "kadis.ptsp@semarangkab.go.id", "OPD_HEAD", OPD, null);
        String redOnly = recipient(jawaTengah, "33.02", "inspektorat@kendalkab.go.id", "INSPECTORATE", null, "RED");
        // the province: red alerts also to the OPD's head, and on; Kabupaten Semarang: bound breaches to Bappeda only
        ApiClient.Response provinceRule = api(jawaTengah).post("/api/v1/routes", Map.of("regionCode", "33",
                "position", 10, "minSeverity", "RED", "receivers", List.of("OPD_HEAD"), "continue", true));
        ApiClient.Response regionRule = api(jawaTengah).post("/api/v1/routes", Map.of("regionCode", "33.01",
                "position", 10, "rules", List.of("BOUND_BREACHED"), "receivers", List.of("BAPPEDA")),
                "Idempotency-Key", "route-33.01");
        assertThat(provinceRule.status()).as(provinceRule.body()).isEqualTo(201);
        assertThat(provinceRule.json().get("continue").asBoolean()).isTrue();
        assertThat(regionRule.status()).as(regionRule.body()).isEqualTo(201);

        String red = id();
        String bound = id();
        String amber = id();
        String redElsewhere = id();
        events.send(slipped(id(), red, "33.01", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        events.send(slipped(id(), bound, "33.01", SlipRule.BOUND_BREACHED, Severity.AMBER, "2026-03"));
        events.send(slipped(id(), amber, "33.02", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));
        events.send(slipped(id(), redElsewhere, "33.02", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));

        String redAlert = notificationEvents.await(AlertRaised.class, e -> red.equals(e.indicatorId())).alertId();
        String boundAlert = notificationEvents.await(AlertRaised.class, e -> bound.equals(e.indicatorId())).alertId();
        String amberAlert = notificationEvents.await(AlertRaised.class, e -> amber.equals(e.indicatorId())).alertId();
        assertThat(awaitMails(opdHead, 1).get(0).body()).contains("/alerts/" + redAlert);
        assertThat(awaitMails(bappeda, 1).get(0).body()).contains("/alerts/" + boundAlert);
        assertThat(awaitMails(inspectorate, 1).get(0).body()).contains("/alerts/" + redAlert);
        assertThat(awaitMails(redOnly, 1).get(0).subject()).startsWith("[Pantau Inovasi] Peringatan MERAH");
        awaitNoticesPlanned(boundAlert);
        awaitNoticesPlanned(amberAlert);
        assertThat(deliveriesOf(boundAlert)).extracting(d -> d.getString("recipient")).containsExactly(bappeda);
        assertThat(deliveriesOf(amberAlert)).as("below the only recipient's minimum severity").isEmpty();
        assertThat(TestSmtp.mailsTo(inspectorate)).hasSize(1);
        assertThat(TestSmtp.mailsTo(redOnly)).hasSize(1);

        assertThat(ids(api(jawaTengah).get("/api/v1/routes?region=33").json())).containsExactly(
                provinceRule.json().get("id").asString(), regionRule.json().get("id").asString());
        String path = "/api/v1/routes/" + regionRule.json().get("id").asString();
        assertProblem(api(TestCaller.regionAdmin("33.02")).delete(path), 404, "route-not-found");
        assertThat(api(TestCaller.regionAdmin("33.01")).delete(path).status()).isEqualTo(204);
        assertProblem(api(jawaTengah).get(path), 404, "route-not-found");
        assertThat(awaitAudit(jawaTengah, "route", regionRule.json().get("id").asString(), 2))
                .extracting(entry -> entry.at("/entry/action").asString()).containsExactly("created", "removed");

        assertThat(fieldOf(api(jawaTengah).post("/api/v1/routes", Map.of("regionCode", "33.01",
                "receivers", List.of())), 400)).isEqualTo("receivers");
        assertThat(fieldOf(api(jawaTengah).post("/api/v1/routes", Map.of("regionCode", "3301",
                "receivers", List.of("BAPPEDA"))), 400)).isEqualTo("regionCode");
    }

    // --- webhooks ---

    @Test
    void aWebhookIsSignedPerStandardWebhooksRetriedAfterA500WithTheSameIdDisabledByA410AndItsSecretRotated() throws Exception {
        try (TestWebhookReceiver receiver = new TestWebhookReceiver()) {
            receiver.answer("/lapor", 500, 200);
            receiver.answer("/gone", 410);
            ApiClient.Response created = api().post("/api/v1/recipients", Map.of("regionCode", "32.08",
                    "name", "SP4N-LAPOR! Kabupaten Garut", "channel", "WEBHOOK", "url", receiver.url("/lapor"),
                    "role", "INSPECTORATE"));
            ApiClient.Response gone = api().post("/api/v1/recipients", Map.of("regionCode", "32.08",
                    "name", "Sistem lama", "channel", "WEBHOOK", "url", receiver.url("/gone"), "role", "INSPECTORATE"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String secret = created.json().get("webhookSecret").asString();
            assertThat(secret).startsWith("whsec_");
            String recipientPath = "/api/v1/recipients/" + created.json().get("id").asString();
            assertThat(api().get(recipientPath).json().has("webhookSecret")).as("shown once only").isFalse();
            String indicator = id();

            events.send(slipped(id(), indicator, "32.08", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));

            String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
            List<TestWebhookReceiver.Received> attempts = await().until(() -> receiver.receivedAt("/lapor"),
                    received -> received.size() >= 2);
            for (TestWebhookReceiver.Received attempt : attempts) {
                new com.standardwebhooks.Webhook(secret).verify(attempt.body(), attempt.headers());
            }
            assertThat(attempts.get(1).header("webhook-id")).isEqualTo(attempts.get(0).header("webhook-id"));
            JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build().readTree(attempts.get(0).body());
            assertThat(payload.get("type").asString()).isEqualTo("alert.raised");
            assertThat(payload.at("/data/alertId").asString()).isEqualTo(alertId);
            assertThat(payload.at("/data/severity").asString()).isEqualTo("RED");
            assertThat(payload.at("/data/link").asString()).endsWith("/alerts/" + alertId);
            JsonNode sent = await().until(() -> api().get("/api/v1/alerts/" + alertId + "/deliveries").json(),
                    deliveries -> deliveries.valueStream().anyMatch(d -> "SENT".equals(d.get("status").asString())));
            assertThat(sent.valueStream().filter(d -> d.get("recipientId").asString()
                    .equals(created.json().get("id").asString())).findFirst().orElseThrow().get("attempts").asInt())
                    .isEqualTo(2);

            JsonNode refused = await().until(() -> api().get("/api/v1/alerts/" + alertId + "/deliveries").json(),
                    deliveries -> deliveries.valueStream().anyMatch(d -> "FAILED".equals(d.get("status").asString())));
            JsonNode goneDelivery = refused.valueStream().filter(d -> "FAILED".equals(d.get("status").asString()))
                    .findFirst().orElseThrow();
            assertThat(goneDelivery.get("error").asString()).isEqualTo("HTTP 410 Gone");
            assertThat(goneDelivery.has("nextAttemptAt")).isFalse();
            assertProblem(api().get("/api/v1/recipients/" + gone.json().get("id").asString()), 404, "recipient-not-found");

            ApiClient.Response rotated = api().send("POST", recipientPath + "/webhook-secret", null);
            assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
            String newSecret = rotated.json().get("webhookSecret").asString();
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
            String next = id();
            events.send(slipped(id(), next, "32.08", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
            TestWebhookReceiver.Received afterRotation = await().until(() -> receiver.receivedAt("/lapor"),
                    received -> received.size() >= 3).get(2);
            assertThat(afterRotation.header("webhook-signature").split(" ")).as("both secrets sign during the overlap")
                    .hasSize(2);
            new com.standardwebhooks.Webhook(newSecret).verify(afterRotation.body(), afterRotation.headers());
            new com.standardwebhooks.Webhook(secret).verify(afterRotation.body(), afterRotation.headers());
            assertThat(receiver.receivedAt("/gone")).as("a disabled endpoint gets nothing more").hasSize(1);
            String byEmail = recipientId(recipient("32.08", "inspektorat@garutkab.go.id", "INSPECTORATE", null));
            assertProblem(api().send("POST", "/api/v1/recipients/" + byEmail + "/webhook-secret", null), 409,
                    "recipient-not-webhook");

            ApiClient.Response tested = api().send("POST", recipientPath + "/test", null);
            assertThat(tested.status()).as(tested.body()).isEqualTo(200);
            assertThat(tested.json().get("status").asString()).isEqualTo("SENT");
            TestWebhookReceiver.Received test = receiver.receivedAt("/lapor").get(receiver.receivedAt("/lapor").size() - 1);
            assertThat(test.body()).contains("\"type\":\"test\"");
            new com.standardwebhooks.Webhook(newSecret).verify(test.body(), test.headers());
            ApiClient.Response mailed = api().send("POST", "/api/v1/recipients/" + byEmail + "/test", null);
            assertThat(mailed.json().get("status").asString()).isEqualTo("SENT");
            assertThat(awaitMails("inspektorat@garutkab.go.id", 1)).extracting(TestSmtp.Mail::subject)
                    .anyMatch(subject -> subject.startsWith("[Pantau Inovasi] Pesan uji — 32.08"));
        }
    }

    @Test
    void aTelegramNudgeCarriesTheSubjectAndTheLinkToTheRecipientsChatAndA403DisablesIt() throws Exception {
        String path = "/bot" + BOT_TOKEN + "/sendMessage";
        ApiClient.Response group = api().post("/api/v1/recipients", Map.of("regionCode", "32.09",
                "name", "Grup Inspektorat Kabupaten Tasikmalaya", "channel", "TELEGRAM",
                "telegramChatId", "-1009000000001", "role", "INSPECTORATE"));
        ApiClient.Response blocked = api().post("/api/v1/recipients", Map.of("regionCode", "32.09",
                "name", "Kepala Inspektorat", "channel", "TELEGRAM", "telegramChatId", "9000000002",
                "role", "INSPECTORATE"));
        assertThat(group.status()).as(group.body()).isEqualTo(201);
        assertThat(group.json().get("telegramChatId").asString()).isEqualTo("-1009000000001");
        TELEGRAM.answer(path, 200);
        String indicator = id();

        events.send(slipped(id(), indicator, "32.09", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));

        String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<JsonNode> sent = await().until(() -> TELEGRAM.receivedAt(path).stream()
                .map(request -> json.readTree(request.body()))
                .filter(message -> message.get("text").asString().contains("/alerts/" + alertId)).toList(),
                messages -> messages.size() >= 2);
        assertThat(sent).extracting(message -> message.get("chat_id").asString())
                .containsExactlyInAnyOrder("-1009000000001", "9000000002");
        assertThat(sent.get(0).get("text").asString())
                .startsWith("[Pantau Inovasi] Peringatan MERAH: Waktu layanan").doesNotContain("Realisasi");
        await().until(() -> "SENT".equals(api().get("/api/v1/alerts/" + alertId + "/deliveries").json()
                .at("/0/status").asString()));

        TELEGRAM.answer(path, 403);
        String next = id();
        events.send(slipped(id(), next, "32.09", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        await().until(() -> api().get("/api/v1/recipients?region=32.09").json().get("totalElements").asInt() == 0);
        assertProblem(api().get("/api/v1/recipients/" + blocked.json().get("id").asString()), 404,
                "recipient-not-found");
        TELEGRAM.answer(path, 200);
    }

    // --- silences ---

    @Test
    void aSilencedAlertIsKeptAndAnnouncedButNotMailedUntilTheSilenceIsExpiredAndEachChangeIsAudited() {
        TestCaller inspector = TestCaller.inspector("32.02");
        String inspectorate = recipient("32.02", "inspektorat@sukabumikab.go.id", "INSPECTORATE", null);
        String indicator = id();
        Map<String, String> body = Map.of("regionCode", "32.02", "indicatorId", indicator,
                "endsAt", Instant.now().plus(Duration.ofDays(1)).toString(), "comment", "Revisi target pertengahan tahun");

        ApiClient.Response created = api(inspector).post("/api/v1/silences", body, "Idempotency-Key", "silence-32.02");
        ApiClient.Response replayed = api(inspector).post("/api/v1/silences", body, "Idempotency-Key", "silence-32.02");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String silence = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/silences/" + silence);
        assertThat(created.json().get("state").asString()).isEqualTo("ACTIVE");
        assertThat(created.json().get("createdBy").asString()).isEqualTo(inspector.subject());
        assertThat(replayed.json().get("id").asString()).isEqualTo(silence);

        events.send(slipped(id(), indicator, "32.02", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        String silenced = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
        JsonNode held = await().until(() -> api(inspector).get("/api/v1/alerts/" + silenced + "/deliveries").json(),
                deliveries -> deliveries.size() == 1);
        assertThat(held.at("/0/status").asString()).isEqualTo("SILENCED");
        assertThat(held.at("/0/silenceId").asString()).isEqualTo(silence);
        // another indicator of the region is not silenced: once its mail is in, the silenced one had its chance
        String other = id();
        events.send(slipped(id(), other, "32.02", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));
        String otherAlert = notificationEvents.await(AlertRaised.class, e -> other.equals(e.indicatorId())).alertId();
        assertThat(awaitMails(inspectorate, 1).get(0).body()).contains("/alerts/" + otherAlert);
        assertThat(TestSmtp.mailsTo(inspectorate)).hasSize(1);

        assertThat(ids(api(inspector).get("/api/v1/silences?region=32.02&active=true").json())).containsExactly(silence);
        ApiClient.Response expired = api(inspector).send("POST", "/api/v1/silences/" + silence + "/expire", null);
        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(expired.json().get("state").asString()).isEqualTo("EXPIRED");
        assertThat(expired.json().get("expiredBy").asString()).isEqualTo(inspector.subject());
        assertProblem(api(inspector).send("POST", "/api/v1/silences/" + silence + "/expire", null), 409, "silence-expired");
        assertThat(ids(api(inspector).get("/api/v1/silences?region=32.02&active=false").json())).containsExactly(silence);
        assertThat(api(inspector).get("/api/v1/silences?region=32.02&active=true").json().get("totalElements").asInt())
                .isZero();

        events.send(slipped(id(), indicator, "32.02", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-04"));
        assertThat(awaitMails(inspectorate, 2).get(1).subject()).startsWith("[Pantau Inovasi] Peringatan MERAH");
        assertThat(awaitAudit(inspector, "silence", silence, 2)).extracting(entry -> entry.at("/entry/action").asString())
                .containsExactly("created", "expired");
    }

    @Test
    void badSilencesAreRefusedNamingTheirFieldAndOtherRegionsSilencesAreNotFound() {
        TestCaller inspector = TestCaller.inspector("32.03");
        String endsAt = Instant.now().plus(Duration.ofDays(1)).toString();
        Map<Map<String, String>, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(Map.of("regionCode", "32.03", "endsAt", endsAt), "comment");
        refusals.put(Map.of("regionCode", "32.03", "endsAt", endsAt, "comment", " "), "comment");
        refusals.put(Map.of("regionCode", "32.03", "comment", "x"), "endsAt");
        refusals.put(Map.of("regionCode", "32.03", "comment", "x", "endsAt", Instant.now().minusSeconds(60).toString()),
                "endsAt");
        refusals.put(Map.of("regionCode", "32.03", "comment", "x",
                "endsAt", Instant.now().plus(Duration.ofDays(365)).toString()), "endsAt");
        refusals.put(Map.of("regionCode", "3203", "comment", "x", "endsAt", endsAt), "regionCode");
        refusals.put(Map.of("regionCode", "32.03", "comment", "x", "endsAt", endsAt, "rule", "SLEEPING"), "rule");
        refusals.forEach((body, field) ->
                assertThat(fieldOf(api(inspector).post("/api/v1/silences", body), 400)).as(body.toString()).isEqualTo(field));
        assertThat(api(inspector).get("/api/v1/silences?region=32.03").json().get("totalElements").asInt()).isZero();

        ApiClient.Response kotaBandung = api(TestCaller.inspector("32.73")).post("/api/v1/silences",
                Map.of("regionCode", "32.73", "comment", "Revisi target", "endsAt", endsAt));
        assertThat(kotaBandung.status()).isEqualTo(201);
        String path = "/api/v1/silences/" + kotaBandung.json().get("id").asString();
        assertProblem(api(inspector).get(path), 404, "silence-not-found");
        assertProblem(api(inspector).send("POST", path + "/expire", null), 404, "silence-not-found");
        assertThat(api(inspector).post("/api/v1/silences", Map.of("regionCode", "32.73", "comment", "x",
                "endsAt", endsAt)).status()).isEqualTo(404);
        assertThat(api(inspector).post("/api/v1/silences", Map.of("regionCode", "32", "comment", "x",
                "endsAt", endsAt)).status()).as("a province silence needs who writes in the province").isEqualTo(404);
    }

    // --- the recipient API ---

    @Test
    void aRecipientIsAddedOnceListedByRegionRemovedAndEveryChangeAudited() {
        String body = """
                {"regionCode":"32.73","name":"Inspektorat Kota Bandung","email":"inspektorat@bandung.go.id","role":"INSPECTORATE"}""";
        TestCaller kotaAdmin = TestCaller.regionAdmin("32.73");

        ApiClient.Response created = api().post("/api/v1/recipients", body, "Idempotency-Key", "recipient-bandung");
        ApiClient.Response replayed = api().post("/api/v1/recipients", body, "Idempotency-Key", "recipient-bandung");
        // a key is its caller's own: the same key from someone else is a request of its own
        ApiClient.Response othersKey = api(kotaAdmin).post("/api/v1/recipients", body,
                "Idempotency-Key", "recipient-bandung");
        ApiClient.Response duplicate = api().post("/api/v1/recipients",
                body.replace("inspektorat@bandung.go.id", "Inspektorat@Bandung.go.id"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String location = created.header("Location");
        assertThat(location).endsWith("/api/v1/recipients/" + id);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Location")).isEqualTo(location);
        assertProblem(othersKey, 409, "recipient-exists");
        assertThat(othersKey.header("Idempotent-Replayed")).isNull();
        assertProblem(duplicate, 409, "recipient-exists");
        assertThat(recipientsWithEmail("inspektorat@bandung.go.id")).isEqualTo(1);

        JsonNode fetched = api(TestCaller.inspector("32.73")).get(location).json();
        assertThat(fetched.get("email").asString()).isEqualTo("inspektorat@bandung.go.id");
        assertThat(fetched.get("role").asString()).isEqualTo("INSPECTORATE");
        assertThat(fetched.get("language").asString()).as("the default language").isEqualTo("id");
        assertThat(fetched.get("delivery").asString()).as("email's default").isEqualTo("DIGEST");
        JsonNode english = api().post("/api/v1/recipients", Map.of("regionCode", "32.73", "name", "Inspectorate",
                "email", "inspectorate@bandung.go.id", "role", "INSPECTORATE", "language", "en",
                "immediateFor", "RED")).json();
        assertThat(english.get("language").asString()).isEqualTo("en");
        assertThat(english.get("immediateFor").asString()).isEqualTo("RED");
        assertThat(api().get("/api/v1/recipients/" + english.get("id").asString()).json().get("language").asString())
                .isEqualTo("en");
        assertThat(api().delete("/api/v1/recipients/" + english.get("id").asString()).status()).isEqualTo(204);
        JsonNode listed = api().get("/api/v1/recipients?region=32.73").json();
        assertThat(listed.get("totalElements").asInt()).isEqualTo(1);
        assertThat(listed.get("page").asInt()).isZero();
        assertThat(listed.get("size").asInt()).isEqualTo(20);
        assertThat(listed.at("/content/0/name").asString()).isEqualTo("Inspektorat Kota Bandung");
        assertThat(api().get("/api/v1/recipients?region=32").json().get("totalElements").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api(TestCaller.regionAdmin("32.04")).get("/api/v1/recipients?region=32.73").json()
                .get("totalElements").asInt()).isZero();
        assertProblem(api(TestCaller.regionAdmin("32.04")).get(location), 404, "recipient-not-found");
        assertProblem(api(TestCaller.regionAdmin("32.04")).delete(location), 404, "recipient-not-found");

        assertThat(api(kotaAdmin).delete(location).status()).isEqualTo(204);
        assertProblem(api().get(location), 404, "recipient-not-found");
        assertProblem(api().delete(location), 404, "recipient-not-found");
        assertThat(api().get("/api/v1/recipients?region=32.73").json().get("totalElements").asInt()).isZero();
        assertThat(api().post("/api/v1/recipients", body).status()).isEqualTo(201);
        assertProblem(api().delete("/api/v1/recipients/" + new ObjectId().toHexString()), 404, "recipient-not-found");
        assertProblem(api().get("/api/v1/recipients/nope"), 404, "recipient-not-found");

        JsonNode audit = awaitAudit(kotaAdmin, "recipient", id, 2);
        assertThat(audit).extracting(entry -> entry.at("/entry/action").asString()).containsExactly("created", "removed");
        assertThat(audit).extracting(entry -> entry.at("/entry/subject").asString())
                .containsExactly(JAWA_BARAT.subject(), kotaAdmin.subject());
        assertThat(audit.get(0).at("/entry/beforeDigest").isString()).isFalse();
        assertThat(audit.get(1).at("/entry/afterDigest").isString()).isFalse();
        assertThat(audit.toString()).doesNotContain("inspektorat@bandung.go.id", "Inspektorat Kota Bandung");
    }

    @Test
    void aTestMessageIsRecordedInTheRecipientsRegionAndAuditedOnTheRecipient() {
        TestCaller purwakarta = TestCaller.regionAdmin("32.14");
        String email = recipient(purwakarta, "32.14", "inspektorat@purwakartakab.go.id", "INSPECTORATE", null, null);
        String id = recipientId(email);

        ApiClient.Response tested = api(purwakarta).send("POST", "/api/v1/recipients/" + id + "/test", null);
        assertProblem(api(TestCaller.regionAdmin("32.04")).send("POST", "/api/v1/recipients/" + id + "/test", null),
                404, "recipient-not-found");

        assertThat(tested.status()).as(tested.body()).isEqualTo(200);
        assertThat(tested.json().get("status").asString()).isEqualTo("SENT");
        awaitMails(email, 1);
        org.bson.Document delivery = mongo.findById(tested.json().get("id").asString(), org.bson.Document.class,
                "deliveries");
        assertThat(delivery.getString("regionCode")).isEqualTo("32.14");
        JsonNode audit = awaitAudit(purwakarta, "recipient", id, 2);
        assertThat(audit).extracting(entry -> entry.at("/entry/action").asString())
                .as("the refused test from another region is no change").containsExactly("created", "tested");
        assertThat(audit.get(1).at("/entry/subject").asString()).isEqualTo(purwakarta.subject());
        assertThat(audit.get(1).at("/entry/region").asString()).isEqualTo("32.14");
        assertThat(audit.get(1).at("/entry/afterDigest").asString()).hasSize(64);
        assertThat(audit.toString()).doesNotContain(email);
        JsonNode verification = api().get("/api/v1/audit/verification").json();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("records").asLong()).isGreaterThanOrEqualTo(audit.get(1).get("sequence").asLong());
    }

    @Test
    void everyBadRecipientIsRefusedNamingItsFieldAndNothingIsWritten() {
        String valid = """
                {"regionCode":"32.04","name":"Kepala Dinas PTSP","email":"refused@bandung.go.id","role":"OPD_HEAD","opdCode":"2.18.0.00.0.00.01.0000"}""";
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(valid.replace("\"32.04\"", "\"3273\""), "regionCode");
        refusals.put(valid.replace("\"32.04\"", "\"32.7\""), "regionCode");
        refusals.put(valid.replace("\"regionCode\":\"32.04\",", ""), "regionCode");
        refusals.put(valid.replace("Kepala Dinas PTSP", " "), "name");
        refusals.put(valid.replace("Kepala Dinas PTSP", "x".repeat(201)), "name");
        refusals.put(valid.replace("refused@bandung.go.id", "refused-at-bandung"), "email");
        refusals.put(valid.replace("refused@bandung.go.id", "refused@localhost"), "email");
        refusals.put(valid.replace("\"email\":\"refused@bandung.go.id\",", ""), "email");
        refusals.put(valid.replace("OPD_HEAD", "MAYOR"), "role");
        refusals.put(valid.replace("\"role\":\"OPD_HEAD\",", ""), "role");
        refusals.put(valid.replace(",\"opdCode\":\"2.18.0.00.0.00.01.0000\"", ""), "opdCode");
        refusals.put(valid.replace("OPD_HEAD", "INSPECTORATE"), "opdCode");
        refusals.put(valid.replace("2.18.0.00.0.00.01.0000", "2.18 <script>"), "opdCode");
        refusals.put(valid.replace("\"role\"", "\"language\":\"fr\",\"role\""), "language");
        refusals.put(valid.replace("\"role\"", "\"delivery\":\"HOURLY\",\"role\""), "delivery");
        refusals.put(valid.replace("\"role\"", "\"delivery\":\"IMMEDIATE\",\"immediateFor\":\"RED\",\"role\""),
                "immediateFor");

        refusals.forEach((body, field) -> {
            ApiClient.Response response = api().post("/api/v1/recipients", body, "Accept-Language", "en");
            assertThat(fieldOf(response, 400)).as(body).isEqualTo(field);
            assertThat(response.json().at("/errors/0/message").asString()).as(body).isNotBlank();
        });
        ApiClient.Response indonesian = api().post("/api/v1/recipients", valid.replace("\"32.04\"", "\"3273\""));
        assertThat(indonesian.json().at("/errors/0/message").asString()).contains("kode wilayah Kemendagri");
        assertProblem(api().post("/api/v1/recipients", "{\"regionCode\":"), 400, "malformed-body");
        assertThat(fieldOf(api().get("/api/v1/recipients?region=32.7"), 400)).isEqualTo("region");
        assertThat(fieldOf(api().get("/api/v1/recipients?size=101"), 400)).isEqualTo("size");
        assertThat(recipientsWithEmail("refused@bandung.go.id")).isZero();

        assertThat(api().post("/api/v1/recipients", valid).status()).isEqualTo(201);
    }

    // --- languages, digests and office hours ---

    @Test
    void anEnglishReaderGetsItsMailInEnglishAsPlainTextAndHtmlAndAnIndonesianOneInIndonesian() {
        String english = recipient(JAWA_BARAT, "32.12", "inspectorate@ciamiskab.go.id", "INSPECTORATE", null, null,
                Map.of("language", "en"));
        String indonesian = recipient("32.12", "inspektorat@ciamiskab.go.id", "INSPECTORATE", null);
        String innovation = id();
        String indicator = id();
        events.send(registered(innovation, "32.12", indicator));
        await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is(innovation)), "innovation_labels"));

        events.send(slipped(innovation, indicator, "32.12", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));

        TestSmtp.Mail mail = awaitMails(english, 1).get(0);
        assertThat(mail.contentType()).startsWith("multipart/alternative");
        assertThat(mail.subject()).isEqualTo("[Pantau Inovasi] RED alert: Waktu layanan — Dinas PTSP (32.12)");
        assertThat(mail.body()).contains("Aplikasi layanan perizinan online", "Expected: 7.5", "Actual: 9.5",
                "Status: RED", "View and follow up: ").doesNotContain("Seharusnya", "<");
        assertThat(mail.html()).contains("<html lang=\"en\">", ">Expected</th>", ">7.5</td>", ">View and follow up</a>");
        TestSmtp.Mail mailed = awaitMails(indonesian, 1).get(0);
        assertThat(mailed.subject()).startsWith("[Pantau Inovasi] Peringatan MERAH: Waktu layanan");
        assertThat(mailed.body()).contains("Seharusnya: 7,5", "Realisasi: 9,5");
        assertThat(mailed.html()).contains("<html lang=\"id\">", ">Realisasi</th>", ">9,5</td>");
    }

    @Test
    void outsideOfficeHoursAMessageWaitsForTheNextOpeningUnlessTheRecipientOptedOut() {
        String office = recipient("32.11", "inspektorat@kuningankab.go.id", "INSPECTORATE", null);
        String anyHour = recipient(JAWA_BARAT, "32.11", "piket@kuningankab.go.id", "INSPECTORATE", null, null,
                Map.of("outsideOfficeHours", true));
        LocalDate saturday = LocalDate.now(IndonesianZone.WIB.zoneId()).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        LocalDate monday = WorkingCalendar.indonesia().plusWorkingDays(saturday, 1);
        String indicator = id();
        TestClock.INSTANCE.moveTo(saturday.atTime(10, 0).atZone(IndonesianZone.WIB.zoneId()).toInstant());
        try {
            events.send(slipped(id(), indicator, "32.11", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03"));

            String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
            awaitMails(anyHour, 1);
            org.bson.Document waiting = deliveriesOf(alertId).stream()
                    .filter(d -> office.equals(d.getString("recipient"))).findFirst().orElseThrow();
            assertThat(waiting.getString("status")).isEqualTo("PENDING");
            assertThat(waiting.getDate("nextAttemptAt").toInstant())
                    .isEqualTo(monday.atTime(7, 30).atZone(IndonesianZone.WIB.zoneId()).toInstant());
            assertThat(TestSmtp.mailsTo(office)).isEmpty();
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    /**
     * The inspectorate's path from slip to digest: one slip is one alert, routed to the region's inspectorate,
     * mailed at once (it is red) and sent to its signed webhook; acknowledging it stops its escalation (an
     * unacknowledged alert beside it escalates); recovery resolves it; and the next working day's digest, at
     * 08:00 WITA, lists it as back on track — once, however often the digest is looked for.
     */
    @Test
    void aSlipIsOneAlertMailedAndSignedToTheInspectorateAcknowledgedRecoveredAndListedInTheNextDigestOnce() throws Exception {
        TestCaller ntb = TestCaller.provinceAdmin("52");
        TestCaller inspector = TestCaller.inspector("52.71");
        try (TestWebhookReceiver receiver = new TestWebhookReceiver()) {
            String inspectorate = recipient(ntb, "52.71", "inspektorat@mataramkota.go.id", "INSPECTORATE", null, null,
                    Map.of("delivery", "DIGEST", "immediateFor", "RED"));
            String bappeda = recipient(ntb, "52.71", "bappeda@mataramkota.go.id", "BAPPEDA", null, null,
                    Map.of("delivery", "DIGEST"));
            ApiClient.Response hook = api(ntb).post("/api/v1/recipients", Map.of("regionCode", "52.71",
                    "name", "SP4N-LAPOR! Kota Mataram", "channel", "WEBHOOK", "url", receiver.url("/mataram"),
                    "role", "INSPECTORATE"));
            assertThat(hook.status()).as(hook.body()).isEqualTo(201);
            String secret = hook.json().get("webhookSecret").asString();
            String innovation = id();
            String indicator = id();
            String unattended = id();
            events.send(registered(innovation, "52.71", indicator));
            await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is(innovation)), "innovation_labels"));

            TargetSlipped slip = slipped(innovation, indicator, "52.71", SlipRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03");
            events.send(slip, events.send(slip));
            events.send(slipped(innovation, unattended, "52.71", SlipRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03"));

            String alertId = notificationEvents.await(AlertRaised.class, e -> indicator.equals(e.indicatorId())).alertId();
            String unattendedId = notificationEvents.await(AlertRaised.class, e -> unattended.equals(e.indicatorId())).alertId();
            TestSmtp.Mail mail = awaitMails(inspectorate, 1).get(0);
            assertThat(mail.subject()).isEqualTo("[Pantau Inovasi] Peringatan MERAH: Waktu layanan — Dinas PTSP (Kota Mataram 52.71)");
            assertThat(mail.html()).contains("/alerts/" + alertId);
            TestWebhookReceiver.Received raised = await().until(() -> receiver.receivedAt("/mataram"),
                    received -> !received.isEmpty()).get(0);
            new com.standardwebhooks.Webhook(secret).verify(raised.body(), raised.headers());
            assertThat(raised.body()).contains("\"type\":\"alert.raised\"", alertId);
            assertThat(api(ntb).get("/api/v1/alerts?indicator=" + indicator).json().get("totalElements").asInt()).isEqualTo(1);
            assertThat(TestSmtp.mailsTo(inspectorate)).as("the amber one waits for the digest").hasSize(1);

            assertThat(api(inspector).post("/api/v1/alerts/" + alertId + "/acknowledge",
                    Map.of("comment", "Ditindaklanjuti")).status()).isEqualTo(200);
            events.send(new TargetRecovered(innovation, indicator, "52.71", OPD, "Waktu layanan",
                    SlipRule.BEHIND_TRAJECTORY, "2026-04", new BigDecimal("7"), new BigDecimal("6.9"),
                    new BigDecimal("1.02"), Instant.now()));
            notificationEvents.await(AlertResolved.class, e -> alertId.equals(e.alertId()));
            assertThat(awaitMails(inspectorate, 2).get(1).subject()).startsWith("[Pantau Inovasi] Kembali sesuai target");

            // the second working day from now, 08:01 WITA: both escalations would be due, the digest is
            ZoneId wita = IndonesianZone.WITA.zoneId();
            LocalDate digestDay = WorkingCalendar.indonesia().plusWorkingDays(LocalDate.now(wita), 2);
            TestClock.INSTANCE.moveTo(digestDay.atTime(8, 1).atZone(wita).toInstant());
            try {
                notificationEvents.await(AlertEscalated.class, e -> unattendedId.equals(e.alertId()) && e.level() == 2);
                TestSmtp.Mail digest = await().until(() -> TestSmtp.mailsTo(inspectorate), mails -> mails.size() >= 3).get(2);
                assertThat(digest.subject()).isEqualTo("[Pantau Inovasi] Ringkasan harian "
                        + digestDay.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ": 1 baru, 0 masih terbuka, 0 eskalasi, 1 kembali sesuai target");
                assertThat(digest.contentType()).startsWith("multipart/alternative");
                assertThat(digest.body()).contains("Kota Mataram 52.71", "Dinas PTSP",
                        "- Baru: Waktu layanan, Periode 2026-03, KUNING http://127.0.0.1:8084/alerts/" + unattendedId,
                        "- Kembali sesuai target: Waktu layanan, Periode 2026-03, MERAH http://127.0.0.1:8084/alerts/" + alertId);
                assertThat(digest.html()).contains(">Kembali sesuai target</strong>", "/alerts/" + alertId);
                Thread.sleep(1500);
                assertThat(TestSmtp.mailsTo(inspectorate)).as("one digest a day, however often it is looked for").hasSize(3);
                assertThat(TestSmtp.mailsTo(bappeda)).as("nothing to say, nothing sent").isEmpty();
                assertThat(notificationEvents.events(AlertEscalated.class)).as("acknowledged: no escalation")
                        .noneMatch(e -> alertId.equals(e.alertId()));
                assertThat(api(ntb).get("/api/v1/alerts/" + alertId).json().get("level").asInt()).isEqualTo(1);
                assertThat(api(ntb).get("/api/v1/alerts/" + alertId + "/deliveries").json().valueStream()
                        .map(d -> d.get("status").asString())).contains("IN_DIGEST", "SENT");

                // the next working day's digest: only what happened since — the unattended alert's escalation
                LocalDate nextDay = WorkingCalendar.indonesia().plusWorkingDays(digestDay, 1);
                TestClock.INSTANCE.moveTo(nextDay.atTime(8, 1).atZone(wita).toInstant());
                TestSmtp.Mail next = await().until(() -> TestSmtp.mailsTo(inspectorate), mails -> mails.size() >= 4).get(3);
                assertThat(next.subject()).endsWith(": 0 baru, 0 masih terbuka, 1 eskalasi, 0 kembali sesuai target");
                assertThat(next.body()).contains("- Eskalasi: Waktu layanan, Periode 2026-03, KUNING http://127.0.0.1:8084/alerts/"
                        + unattendedId).doesNotContain("/alerts/" + alertId);
            } finally {
                TestClock.INSTANCE.reset();
            }
        }
    }

    // --- helpers ---

    /** The API as the province admin of Jawa Barat, who reads and acts in every region of the tests but 31.*. */
    ApiClient api() {
        return api(JAWA_BARAT);
    }

    ApiClient api(TestCaller caller) {
        return anonymous().as(caller);
    }

    ApiClient anonymous() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100));
    }

    private static String id() {
        return new ObjectId().toHexString();
    }

    private String recipient(String region, String email, String role, String opdCode) {
        return recipient(JAWA_BARAT, region, email, role, opdCode, null);
    }

    private String recipient(TestCaller caller, String region, String email, String role, String opdCode,
                             String minSeverity) {
        return recipient(caller, region, email, role, opdCode, minSeverity, Map.of());
    }

    /** @param preferences fields of the recipient beyond the address and role, e.g. its language */
    private String recipient(TestCaller caller, String region, String email, String role, String opdCode,
                             String minSeverity, Map<String, Object> preferences) {
        // told at once: the daily digest has tests of its own
        Map<String, Object> body = new java.util.HashMap<>(Map.of("regionCode", region, "name", "Penerima " + region,
                "email", email, "role", role, "delivery", "IMMEDIATE"));
        if (opdCode != null) {
            body.put("opdCode", opdCode);
        }
        if (minSeverity != null) {
            body.put("minSeverity", minSeverity);
        }
        body.putAll(preferences);
        ApiClient.Response response = api(caller).post("/api/v1/recipients", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return email;
    }

    private String recipientId(String email) {
        return mongo.findOne(Query.query(Criteria.where("email").is(email).and("active").is(true)),
                org.bson.Document.class, "recipients").getObjectId("_id").toHexString();
    }

    /** The audit records of an entity as the caller reads them, once there are {@code count}; oldest first. */
    private JsonNode awaitAudit(TestCaller caller, String entity, String id, int count) {
        return await().until(() -> api(caller).get("/api/v1/audit?entity=" + entity + "&id=" + id).json().get("content"),
                content -> content.size() >= count);
    }

    private static TargetSlipped slipped(String innovation, String indicator, String region, SlipRule rule,
                                         Severity severity, String period) {
        return new TargetSlipped(innovation, indicator, region, OPD, "Waktu layanan", rule, severity, period,
                new BigDecimal("7.5"), new BigDecimal("9.5"), new BigDecimal("0.2"), Instant.now());
    }

    private static InnovationRegistered registered(String innovation, String region, String indicator) {
        return new InnovationRegistered(innovation, region, OPD, "Dinas PTSP", "Aplikasi layanan perizinan online",
                "Layanan lambat", "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, InnovationStage.UJI_COBA,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                List.of(new IndicatorDefinition(indicator, "Waktu layanan", IndicatorKind.TREND, "hari",
                        Polarity.LOWER_IS_BETTER, new BigDecimal("10"), new BigDecimal("5"), LocalDate.of(2026, 6, 30),
                        ReportingFrequency.MONTHLY)),
                Instant.now());
    }

    private JsonNode alert(String id) {
        return api().get("/api/v1/alerts/" + id).json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(alert -> ids.add(alert.get("id").asString()));
        return ids;
    }

    private static List<TestSmtp.Mail> awaitMails(String address, int count) {
        return await().until(() -> TestSmtp.mailsTo(address), mails -> mails.size() >= count);
    }

    private List<org.bson.Document> deliveriesOf(String alertId) {
        return mongo.find(Query.query(Criteria.where("alertId").is(alertId)), org.bson.Document.class, "deliveries");
    }

    private void awaitNoticesPlanned(String alertId) {
        await().until(() -> !mongo.exists(Query.query(Criteria.where("_id").is(new ObjectId(alertId))
                .and("pendingNotices.0").exists(true)), "alerts"));
    }

    private long recipientsWithEmail(String email) {
        return mongo.count(Query.query(Criteria.where("email").is(email)), "recipients");
    }

    private static String fieldOf(ApiClient.Response response, int status) {
        assertProblem(response, status, "validation-failed");
        return response.json().at("/errors/0/field").asString();
    }
}
