package id.pantau.notification.delivery;

import id.pantau.events.Severity;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.AlertChange;
import id.pantau.events.AlertRule;
import id.pantau.notification.alert.AlertSignal;
import id.pantau.notification.alert.Recovery;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.innovation.InnovationLabel;
import id.pantau.notification.recipient.Language;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message template, rendered in both languages. */
class MailComposerTest {

    private static final Instant DETECTED = Instant.parse("2026-04-03T03:30:00Z");
    private static final InnovationLabel LABEL = new InnovationLabel("inno-1", "32.73", "2.18.0.00.0.00.01.0000",
            "Dinas PTSP", "Aplikasi layanan perizinan online", Map.of("ind-1", "Waktu layanan"));

    private static final URI DASHBOARD = URI.create("http://127.0.0.1:8084");

    private final MailComposer composer = new MailComposer(new MailTemplates(), ZoneId.of("Asia/Jakarta"));

    private Message compose(Alert alert, Notice notice, InnovationLabel label, String regionLabel) {
        return compose(alert, notice, label, regionLabel, Language.ID);
    }

    private Message compose(Alert alert, Notice notice, InnovationLabel label, String regionLabel, Language language) {
        return composer.compose(AlertFacts.of(alert, notice, label, regionLabel, DASHBOARD), language);
    }

    private static AlertSignal slip(Severity severity, String eventId) {
        return new AlertSignal(eventId, "inno-1", "ind-1", "Waktu layanan", "32.73", "2.18.0.00.0.00.01.0000",
                AlertRule.BEHIND_TRAJECTORY, severity, "2026-03", new BigDecimal("7.5"), new BigDecimal("1234.5"),
                new BigDecimal("0.2"), DETECTED);
    }

    @Test
    void aRedAlertNamesSeverityIndicatorOpdAndRegionInItsSubject() {
        AlertChange opened = Alert.open("a1", slip(Severity.RED, "e1"));

        Message mail = compose(opened.alert(), opened.notice(), LABEL, "Kota Bandung 32.73");

        assertThat(mail.subject())
                .isEqualTo("[Pantau Inovasi] Peringatan MERAH: Waktu layanan — Dinas PTSP (Kota Bandung 32.73)");
    }

    @Test
    void theBodyStatesTheFiguresInIndonesianFormatTheRuleInWordsAndTheLink() {
        AlertChange opened = Alert.open("a1", slip(Severity.AMBER, "e1"));

        String body = compose(opened.alert(), opened.notice(), LABEL, "Kota Bandung 32.73").body();

        assertThat(body).contains("Aplikasi layanan perizinan online", "Waktu layanan",
                "Dinas PTSP (2.18.0.00.0.00.01.0000)", "Kota Bandung 32.73", "2026-03",
                "Seharusnya: 7,5", "Realisasi: 1.234,5", "Kemajuan: 20% dari kemajuan yang diharapkan",
                "Status: KUNING", "tertinggal dari lintasan yang diharapkan", "03/04/2026 10.30 WIB",
                "http://127.0.0.1:8084/alerts/a1");
    }

    @Test
    void aRaisedSeverityAndARecoverySayWhatChanged() {
        Alert alert = Alert.open("a1", slip(Severity.AMBER, "e1")).alert();
        AlertChange raised = alert.repeat(slip(Severity.RED, "e2"));
        Message escalation = compose(alert, raised.notice(), LABEL, "Kota Bandung 32.73");
        AlertChange recovered = alert.recover(new Recovery("e3", "ind-1", AlertRule.BEHIND_TRAJECTORY, "2026-05",
                new BigDecimal("6.5"), new BigDecimal("6.4"), new BigDecimal("1.02"), DETECTED.plusSeconds(3600)));
        Message recovery = compose(alert, recovered.notice(), LABEL, "Kota Bandung 32.73");

        assertThat(escalation.subject()).startsWith("[Pantau Inovasi] Peringatan naik menjadi MERAH: Waktu layanan");
        assertThat(recovery.subject()).startsWith("[Pantau Inovasi] Kembali sesuai target: Waktu layanan");
        assertThat(recovery.body()).contains("ditutup otomatis", "Status: kembali sesuai target",
                "Periode: 2026-03", "Pulih pada: 2026-05", "Realisasi: 6,4");
    }

    @Test
    void anOverdueReportIsExplainedWithoutFigures() {
        AlertChange opened = Alert.open("a1", new AlertSignal("e1", "inno-1", "ind-1", "Waktu layanan", "32.73",
                "2.18.0.00.0.00.01.0000", AlertRule.REPORT_OVERDUE, Severity.AMBER, "2026-03", null, null, null,
                DETECTED));

        Message mail = compose(opened.alert(), opened.notice(), LABEL, "Kota Bandung 32.73");

        assertThat(mail.subject()).startsWith("[Pantau Inovasi] Laporan terlambat: Waktu layanan — Dinas PTSP");
        assertThat(mail.body()).contains("belum dilaporkan").doesNotContain("Seharusnya:", "Realisasi:", "Kemajuan:");
    }

    @Test
    void withoutTheInnovationsLabelsTheCodesStandIn() {
        AlertChange opened = Alert.open("a1", slip(Severity.RED, "e1"));

        Message mail = compose(opened.alert(), opened.notice(), null, "32.73");

        assertThat(mail.subject()).isEqualTo("[Pantau Inovasi] Peringatan MERAH: Waktu layanan — 2.18.0.00.0.00.01.0000 (32.73)");
        assertThat(mail.body()).contains("inovasi inno-1");
    }

    @Test
    void aProjectedMissNamesTheDeadlineTargetAndProjectionAndAnArrivedReportSaysSo() {
        AlertChange forecast = Alert.open("a1", new AlertSignal("e1", "inno-1", "ind-1", "Waktu layanan", "32.73",
                "2.18.0.00.0.00.01.0000", AlertRule.FORECAST_MISS, Severity.AMBER, "2026-06-30", new BigDecimal("5"),
                new BigDecimal("6.2"), null, DETECTED));
        Alert overdue = Alert.open("a2", new AlertSignal("e2", "inno-1", "ind-1", "Waktu layanan", "32.73",
                "2.18.0.00.0.00.01.0000", AlertRule.REPORT_OVERDUE, Severity.AMBER, "2026-03", null, null, null,
                DETECTED)).alert();

        Message projected = compose(forecast.alert(), forecast.notice(), LABEL, "32.73");
        Message received = compose(overdue, overdue.reportReceived("e3", DETECTED).notice(), LABEL, "32.73");

        assertThat(projected.subject()).startsWith("[Pantau Inovasi] Proyeksi target tidak tercapai: Waktu layanan");
        assertThat(projected.body()).contains("Batas waktu: 2026-06-30", "Target: 5", "Proyeksi: 6,2");
        assertThat(received.subject()).startsWith("[Pantau Inovasi] Laporan diterima: Waktu layanan");
        assertThat(received.body()).contains("Status: laporan diterima", "sudah dilaporkan");
    }

    @Test
    void anEscalationNamesTheLevelItReached() {
        Alert alert = Alert.open("a1", slip(Severity.RED, "e1")).alert();
        alert.scheduleEscalation(DETECTED);
        AlertChange escalated = alert.escalate(DETECTED, null);

        Message mail = compose(alert, escalated.notice(), LABEL, "Kota Bandung 32.73");

        assertThat(mail.subject()).isEqualTo(
                "[Pantau Inovasi] Belum ditindaklanjuti, eskalasi level 2: Waktu layanan — Dinas PTSP (Kota Bandung 32.73)");
        assertThat(mail.body()).contains("dinaikkan ke level 2 (inspektorat kabupaten/kota)");
    }

    @Test
    void anEnglishReaderGetsTheAlertInEnglishWithEnglishNumbersAndDates() {
        AlertChange opened = Alert.open("a1", slip(Severity.RED, "e1"));

        Message mail = compose(opened.alert(), opened.notice(), LABEL, "Kota Bandung 32.73", Language.EN);

        assertThat(mail.subject()).isEqualTo("[Pantau Inovasi] RED alert: Waktu layanan — Dinas PTSP (Kota Bandung 32.73)");
        assertThat(mail.body()).contains("off target and needs follow-up", "Expected: 7.5", "Actual: 1,234.5",
                "Progress: 20% of the expected progress", "Status: RED", "3 Apr 2026 10:30 WIB",
                "View and follow up: http://127.0.0.1:8084/alerts/a1", "contains no personal data")
                .doesNotContain("Seharusnya", "Realisasi", "1.234,5");
        assertThat(mail.html()).contains("<html lang=\"en\">", "<th", ">Actual</th>", ">1,234.5</td>",
                "href=\"http://127.0.0.1:8084/alerts/a1\"", ">View and follow up</a>");
    }

    @Test
    void theHtmlPartSaysWhatTheTextPartSaysInIndonesianAndEscapesWhatItQuotes() {
        InnovationLabel risky = new InnovationLabel("inno-1", "32.73", "2.18.0.00.0.00.01.0000", "Dinas <PTSP>",
                "Aplikasi & layanan", Map.of("ind-1", "Waktu layanan"));
        AlertChange opened = Alert.open("a1", slip(Severity.AMBER, "e1"));

        Message mail = compose(opened.alert(), opened.notice(), risky, "Kota Bandung 32.73");

        assertThat(mail.html()).contains("<html lang=\"id\">", ">Realisasi</th>", ">1.234,5</td>",
                "Aplikasi &amp; layanan", "Dinas &lt;PTSP&gt;", ">Lihat dan tindak lanjuti</a>",
                "tidak memuat data pribadi").doesNotContain("Dinas <PTSP>", "??");
        assertThat(mail.body()).contains("Dinas <PTSP>", "Realisasi: 1.234,5").doesNotContain("<td", "??");
    }

    @Test
    void escalationAndRecoveryReadInEnglishToo() {
        Alert alert = Alert.open("a1", slip(Severity.RED, "e1")).alert();
        alert.scheduleEscalation(DETECTED);
        AlertChange escalated = alert.escalate(DETECTED, null);
        Message escalation = compose(alert, escalated.notice(), LABEL, "Kota Bandung 32.73", Language.EN);
        AlertChange recovered = alert.recover(new Recovery("e3", "ind-1", AlertRule.BEHIND_TRAJECTORY, "2026-05",
                new BigDecimal("6.5"), new BigDecimal("6.4"), new BigDecimal("1.02"), DETECTED.plusSeconds(3600)));
        Message recovery = compose(alert, recovered.notice(), LABEL, "Kota Bandung 32.73", Language.EN);

        assertThat(escalation.subject()).startsWith("[Pantau Inovasi] Not followed up, escalated to level 2: Waktu layanan");
        assertThat(escalation.body()).contains("went up to level 2 (inspectorate of the regency/city)");
        assertThat(recovery.subject()).startsWith("[Pantau Inovasi] Back on track: Waktu layanan");
        assertThat(recovery.body()).contains("Status: back on track", "Recovered in: 2026-05");
    }

    @Test
    void aTelegramNudgeIsTheSubjectAndTheLinkInTheReadersLanguage() {
        AlertChange opened = Alert.open("a1", slip(Severity.RED, "e1"));
        AlertFacts facts = AlertFacts.of(opened.alert(), opened.notice(), LABEL, "32.73", DASHBOARD);

        assertThat(composer.nudge(facts, Language.ID).body()).isEqualTo(
                "[Pantau Inovasi] Peringatan MERAH: Waktu layanan — Dinas PTSP (32.73)\nhttp://127.0.0.1:8084/alerts/a1");
        assertThat(composer.nudge(facts, Language.EN).body()).startsWith("[Pantau Inovasi] RED alert: Waktu layanan");
        assertThat(composer.nudge(facts, Language.EN).html()).isNull();
    }

    @Test
    void aReminderNamesTheIndicatorPeriodAndDueDateInEachLanguage() {
        Message indonesian = composer.reminder("Waktu layanan", "ind-1", "2026-03", java.time.LocalDate.of(2026, 4, 14),
                "Kota Bandung 32.73", "2.18.0.00.0.00.01.0000", Language.ID);
        Message english = composer.reminder(null, "ind-1", "2026-03", java.time.LocalDate.of(2026, 4, 14),
                "Kota Bandung 32.73", "2.18.0.00.0.00.01.0000", Language.EN);

        assertThat(indonesian.subject())
                .isEqualTo("[Pantau Inovasi] Pengingat laporan: Waktu layanan periode 2026-03 jatuh tempo 14/04/2026");
        assertThat(indonesian.body()).contains("Mohon dilaporkan sebelum 14/04/2026.");
        assertThat(indonesian.html()).contains("<html lang=\"id\">", "Mohon dilaporkan sebelum 14/04/2026.");
        assertThat(english.subject()).isEqualTo("[Pantau Inovasi] Report reminder: indicator ind-1 period 2026-03 due 14 Apr 2026");
        assertThat(english.body()).contains("Please report it before 14 Apr 2026.");
    }

    @Test
    void aTestMessageOnlyNamesTheRegionInEachLanguage() {
        Message indonesian = composer.test("Kota Bandung 32.73", Language.ID);
        Message english = composer.test("Kota Bandung 32.73", Language.EN);

        assertThat(indonesian.subject()).isEqualTo("[Pantau Inovasi] Pesan uji — Kota Bandung 32.73");
        assertThat(indonesian.body()).contains("tidak perlu ditindaklanjuti");
        assertThat(english.subject()).isEqualTo("[Pantau Inovasi] Test message — Kota Bandung 32.73");
        assertThat(english.body()).contains("no follow-up is needed");
        assertThat(english.html()).contains("<html lang=\"en\">", "no follow-up is needed");
    }
}
