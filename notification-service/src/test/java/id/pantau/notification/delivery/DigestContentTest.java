package id.pantau.notification.delivery;

import id.pantau.events.Severity;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.delivery.DigestContent.Category;
import id.pantau.notification.delivery.DigestContent.Line;
import id.pantau.notification.recipient.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestContentTest {

    private static Line line(Category category, String region, String opd, String indicator) {
        return new Line(category, region, opd, indicator, "2026-03", Severity.RED, "http://127.0.0.1:8084/alerts/" + indicator);
    }

    @Test
    void alertsAreGroupedByRegionThenOpdAndWithinAnOpdNewEscalatedOpenThenBackOnTrack() {
        DigestContent content = DigestContent.of(List.of(
                line(Category.RESOLVED, "Kota Bandung 32.73", "Dinas PTSP", "Waktu layanan"),
                line(Category.OPEN, "Kabupaten Bogor 32.01", "Dinas Kesehatan", "Cakupan imunisasi"),
                line(Category.NEW, "Kota Bandung 32.73", "Dinas PTSP", "Jumlah izin"),
                line(Category.ESCALATED, "Kota Bandung 32.73", "Dinas Kominfo", "Aplikasi aktif"),
                line(Category.OPEN, "Kota Bandung 32.73", "Dinas PTSP", "Kepuasan")), 50);

        assertThat(content.regions()).extracting(DigestContent.Region::label)
                .containsExactly("Kabupaten Bogor 32.01", "Kota Bandung 32.73");
        DigestContent.Region bandung = content.regions().get(1);
        assertThat(bandung.opds()).extracting(DigestContent.Opd::label).containsExactly("Dinas Kominfo", "Dinas PTSP");
        assertThat(bandung.opds().get(1).lines()).extracting(Line::category)
                .containsExactly(Category.NEW, Category.OPEN, Category.RESOLVED);
        assertThat(content.count(Category.OPEN)).isEqualTo(2);
        assertThat(content.count(Category.NEW)).isEqualTo(1);
        assertThat(content.more()).isZero();
        assertThat(content.isEmpty()).isFalse();
    }

    @Test
    void aLongDigestIsCappedAndCountsWhatItLeftOut() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            lines.add(line(Category.OPEN, "Kota Bandung 32.73", "Dinas PTSP", String.format("Indikator %02d", i)));
        }

        DigestContent content = DigestContent.of(lines, 50);

        assertThat(content.regions().get(0).opds().get(0).lines()).hasSize(50);
        assertThat(content.more()).isEqualTo(7);
        assertThat(content.count(Category.OPEN)).as("the counts cover every alert").isEqualTo(57);
    }

    @Test
    void nothingToSayIsAnEmptyDigest() {
        assertThat(DigestContent.of(List.of(), 50).isEmpty()).isTrue();
    }

    @Test
    void aRecoveryMakesAnAlertBackOnTrackAnEscalationEscalatedAndAnythingElseNew() {
        assertThat(DigestContent.categoryOf(Set.of(Notice.Kind.RAISED, Notice.Kind.ESCALATED, Notice.Kind.RECOVERED)))
                .isEqualTo(Category.RESOLVED);
        assertThat(DigestContent.categoryOf(Set.of(Notice.Kind.RAISED, Notice.Kind.ESCALATED))).isEqualTo(Category.ESCALATED);
        assertThat(DigestContent.categoryOf(Set.of(Notice.Kind.SEVERITY_RAISED))).isEqualTo(Category.NEW);
    }

    @Test
    void theDigestMailListsEachGroupInTheReadersLanguageAndLinksTheRestToTheDashboard() {
        MailComposer composer = new MailComposer(new MailTemplates(), ZoneId.of("Asia/Jakarta"));
        List<Line> lines = new ArrayList<>();
        lines.add(line(Category.RESOLVED, "Kota Bandung 32.73", "Dinas PTSP", "Waktu layanan"));
        lines.add(line(Category.NEW, "Kota Bandung 32.73", "Dinas PTSP", "Jumlah izin"));
        lines.add(line(Category.OPEN, "Kota Bandung 32.73", "Dinas PTSP", "Kepuasan"));
        DigestContent content = DigestContent.of(lines, 2);

        Message indonesian = composer.digest(content, LocalDate.of(2026, 11, 30), "http://127.0.0.1:8084/alerts", Language.ID);
        Message english = composer.digest(content, LocalDate.of(2026, 11, 30), "http://127.0.0.1:8084/alerts", Language.EN);

        assertThat(indonesian.subject()).isEqualTo("[Pantau Inovasi] Ringkasan harian 30/11/2026: 1 baru, "
                + "1 masih terbuka, 0 eskalasi, 1 kembali sesuai target");
        assertThat(indonesian.body()).contains("Kota Bandung 32.73", "Dinas PTSP",
                "- Baru: Jumlah izin, Periode 2026-03, MERAH http://127.0.0.1:8084/alerts/Jumlah izin",
                "- Masih terbuka: Kepuasan", "1 peringatan lainnya di dasbor", "Dasbor peringatan: http://127.0.0.1:8084/alerts")
                .doesNotContain("Waktu layanan", "??");
        assertThat(indonesian.html()).contains("<html lang=\"id\">", "<h3", "Kota Bandung 32.73", ">Baru</strong>",
                ">Masih terbuka</strong>", "1 peringatan lainnya di dasbor");
        assertThat(english.subject()).isEqualTo("[Pantau Inovasi] Daily digest 30 Nov 2026: 1 new, 1 still open, "
                + "0 escalated, 1 back on track");
        assertThat(english.body()).contains("- New: Jumlah izin, Period 2026-03, RED", "- Still open: Kepuasan",
                "1 more alerts on the dashboard");
    }
}
