package id.pantau.reporting.actionplan;

import id.pantau.events.InnovationReplicated;
import java.math.BigDecimal;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorMeasured;
import id.pantau.events.Aggregation;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Polarity;
import id.pantau.events.IndicatorKind;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.InnovationStage;
import id.pantau.events.PantauEvent;
import id.pantau.events.RegionLevel;
import id.pantau.events.RegionRegistered;
import id.pantau.reporting.report.XlsxExport;
import id.pantau.testing.TestIssuer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import id.pantau.events.PantauJson;
import id.pantau.events.Severity;
import id.pantau.reporting.EventFeed;
import id.pantau.reporting.EventFeed.Sent;
import id.pantau.testing.ApiClient;
import id.pantau.testing.TestCaller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action-plan matrix built from events on the three topics, read through the HTTP API, against a real Kafka
 * broker and MongoDB (wire server or container). Events are produced as the other services publish them: the
 * contract records as JSON, CloudEvents headers, keyed by innovation id. Each test uses regions of its own and
 * reads as the province admin of Jawa Barat (32) unless it is about who sees what.
 * "Today" is 30 June 2026 in Jakarta, the last day of the six-month plans.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
abstract class AbstractActionPlanIT {

    static final Instant NOW = FixedClock.NOW;
    static final TestCaller JAWA_BARAT_ADMIN = TestCaller.provinceAdmin("32");
    static final TestCaller JAWA_TENGAH_ADMIN = TestCaller.provinceAdmin("33");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    private EventFeed events;

    @BeforeEach
    void openFeed() {
        events = new EventFeed(kafka, mongo);
    }

    @AfterEach
    void closeFeed() {
        events.close();
    }

    @Test
    void theThreeSeedRowsFormTheActionPlanMatrix() {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.77");
        SeedEvents.Diskominfo diskominfo = new SeedEvents.Diskominfo("32.77");
        SeedEvents.Inspektorat inspektorat = new SeedEvents.Inspektorat("32.77");

        events.awaitHandled(events.publish(ptsp.registered(), diskominfo.registered(), inspektorat.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "10", "2026-03-03T03:30:00Z"),
                ptsp.slipped("2026-02", Severity.RED, "2026-03-03T03:30:01Z"),
                ptsp.alertRaised(ptsp.alertId, "2026-03-03T03:30:02Z"),
                diskominfo.measured("2026-Q1", "0", "2026-04-02T02:00:00Z"),
                inspektorat.measured("2026-05", "1.5", "2026-06-02T02:00:00Z")));

        ApiClient.Response response = api().get("/api/v1/reports/action-plan?region=32.77");

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("region").asString()).isEqualTo("32.77");
        assertThat(report.get("generatedAt").asString()).isEqualTo(NOW.toString());
        assertThat(report.get("rows").findValuesAsString("innovationId"))
                .containsExactly(diskominfo.innovationId, ptsp.innovationId, inspektorat.innovationId);
        assertThat(report.get("rows").get(1)).isEqualTo(json("""
                {"no":2,"innovationId":"%s","problem":"Layanan lambat","plannedInnovation":"Aplikasi layanan online",
                 "title":"Aplikasi layanan perizinan online","regionCode":"32.77","opdCode":"2.18.0.00.0.00.01.0000",
                 "opdName":"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu","form":"PELAYANAN_PUBLIK",
                 "targetTime":"6 bulan","startDate":"2026-01-01","targetDate":"2026-06-30","timeUsedPercent":100,
                 "stage":"INISIATIF",
                 "indicators":[{"indicatorId":"%s","name":"Waktu layanan","kind":"TREND","unit":"hari",
                   "polarity":"LOWER_IS_BETTER","frequency":"MONTHLY","baseline":10,"target":5,"deadline":"2026-06-30",
                   "latestPeriod":"2026-02","latestValue":10,"expected":8.3889,"progressRatio":0.0000,"capaian":80.79,
                   "health":"AT_RISK",
                   "slip":{"severity":"RED","rule":"BEHIND_TRAJECTORY","since":"2026-03-03T03:30:01Z"}}],
                 "openAlerts":[{"alertId":"%s","indicatorId":"%s","rule":"BEHIND_TRAJECTORY","severity":"RED",
                   "state":"OPEN"}],
                 "lastEventAt":"2026-03-03T03:30:02Z"}""".formatted(ptsp.innovationId, ptsp.indicatorId,
                ptsp.alertId, ptsp.indicatorId)));
        JsonNode kominfo = report.get("rows").get(0);
        assertThat(kominfo.get("no").asInt()).isEqualTo(1);
        assertThat(kominfo.get("targetTime").asString()).isEqualTo("1 tahun");
        assertThat(kominfo.get("timeUsedPercent").asInt()).isEqualTo(49);
        assertThat(kominfo.get("stage").asString()).isEqualTo("UJI_COBA");
        assertThat(kominfo.at("/indicators/0/kind").asString()).isEqualTo("MILESTONE");
        assertThat(kominfo.at("/indicators/0/latestPeriod").asString()).isEqualTo("2026-Q1");
        assertThat(kominfo.at("/indicators/0/health").asString()).isEqualTo("ON_TRACK");
        assertThat(kominfo.at("/indicators/0").has("expected")).isFalse();
        JsonNode complaints = report.get("rows").get(2);
        assertThat(complaints.get("no").asInt()).isEqualTo(3);
        assertThat(complaints.get("opdName").asString()).isEqualTo("Inspektorat Daerah");
        assertThat(complaints.at("/indicators/0/kind").asString()).isEqualTo("BOUND");
        assertThat(complaints.at("/indicators/0/latestValue").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(complaints.at("/indicators/0/health").asString()).isEqualTo("ON_TRACK");
        assertThat(complaints.get("openAlerts")).isEmpty();

        ApiClient.Response one = api().get("/api/v1/reports/action-plan/" + ptsp.innovationId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(withoutNo(one.json())).isEqualTo(withoutNo(report.get("rows").get(1)));
    }

    @Test
    void eventsOfOtherServicesBeforeTheRegistrationAndAnOlderPeriodAfterANewerOneGiveTheSameRow() {
        SeedEvents.Ptsp inOrder = new SeedEvents.Ptsp("32.71");
        SeedEvents.Ptsp outOfOrder = new SeedEvents.Ptsp("32.71");

        events.awaitHandled(events.publish(history(inOrder)));
        List<PantauEvent> monitoringFirst = new ArrayList<>(history(outOfOrder));
        PantauEvent registration = monitoringFirst.remove(0);
        events.awaitHandled(events.publish(reversedWithinTopicWherePeriodsAllow(monitoringFirst)));

        assertThat(api().get("/api/v1/reports/action-plan/" + outOfOrder.innovationId).status()).isEqualTo(404);
        // stored already with the region and OPD the monitoring and alert events named, so scoped like any other
        assertThat(mongo.findById(outOfOrder.innovationId, ActionPlan.class))
                .extracting(ActionPlan::regionCode, ActionPlan::opdCode).containsExactly("32.71", SeedEvents.PTSP);
        assertThat(api().get("/api/v1/reports/action-plan?region=32.71").json().get("rows")
                .findValuesAsString("innovationId")).containsExactly(inOrder.innovationId);

        events.awaitHandled(events.publish(registration));

        JsonNode expected = withoutNo(row(inOrder.innovationId));
        JsonNode actual = withoutNo(row(outOfOrder.innovationId));
        assertThat(actual.at("/indicators/0/latestPeriod").asString()).isEqualTo("2026-03");
        assertThat(actual.at("/indicators/0/latestValue").decimalValue()).isEqualByComparingTo("8");
        assertThat(actual.get("openAlerts")).hasSize(1);
        assertThat(json(actual.toString()
                .replace(outOfOrder.innovationId, inOrder.innovationId)
                .replace(outOfOrder.indicatorId, inOrder.indicatorId)
                .replace(outOfOrder.alertId, inOrder.alertId))).isEqualTo(expected);
    }

    @Test
    void replayingAllEventsAgainInAnotherOrderRebuildsTheSameRow() {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.75");
        List<PantauEvent> history = history(ptsp);
        events.awaitHandled(events.publish(history));
        JsonNode before = row(ptsp.innovationId);

        // a replay from a new consumer group handles every event again: fresh CloudEvents ids bypass the dedup
        events.awaitHandled(events.publish(history));
        List<PantauEvent> reversed = new ArrayList<>(history);
        Collections.reverse(reversed);
        events.awaitHandled(events.publish(reversed));

        assertThat(row(ptsp.innovationId)).isEqualTo(before);
        assertThat(before.at("/indicators/0/latestPeriod").asString()).isEqualTo("2026-03");
        assertThat(before.at("/indicators/0/slip/since").asString()).isEqualTo("2026-03-03T03:30:01Z");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.76");
        List<Sent> sent = events.publish(ptsp.registered(),
                ptsp.measured("2026-03", "9.5", "2026-04-03T03:30:00Z"),
                ptsp.slipped("2026-03", Severity.RED, "2026-04-03T03:30:01Z"),
                ptsp.alertRaised(ptsp.alertId, "2026-04-03T03:30:02Z"),
                ptsp.measured("2026-05", "5.5", "2026-06-02T03:30:00Z"),
                ptsp.recovered("2026-05", "2026-06-02T03:30:01Z"),
                ptsp.alertResolved(ptsp.alertId, "2026-06-02T03:30:02Z"));
        events.awaitHandled(sent);
        JsonNode before = row(ptsp.innovationId);
        assertThat(before.at("/indicators/0").has("slip")).isFalse();
        assertThat(before.get("openAlerts")).isEmpty();

        List<Sent> redelivered = new ArrayList<>();
        for (Sent original : sent) {
            if (original.event() instanceof id.pantau.events.TargetSlipped
                    || original.event() instanceof id.pantau.events.AlertRaised
                    || original.event() instanceof id.pantau.events.IndicatorMeasured measured
                    && measured.period().equals("2026-03")) {
                redelivered.add(events.send(original.event(), original.ceId()));
            }
        }
        // handled after the redeliveries on the same partitions: once these are, so are the redeliveries
        events.awaitHandled(events.publish(ptsp.overdue("2026-02", "2026-03-14", "2026-03-15T00:00:00Z"),
                ptsp.alertAcknowledged(ptsp.alertId, "2026-04-04T02:00:00Z")));

        assertThat(redelivered).hasSize(3);
        assertThat(row(ptsp.innovationId)).isEqualTo(before);
    }

    @Test
    void anAlertIsOpenUntilResolvedAndAnOverdueReportIsFlaggedUntilItArrives() {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.72");
        String second = SeedEvents.newId();
        events.awaitHandled(events.publish(ptsp.registered(),
                ptsp.measured("2026-03", "9.5", "2026-04-03T03:30:00Z"),
                ptsp.overdue("2026-04", "2026-05-15", "2026-05-16T00:00:00Z"),
                ptsp.alertRaised(ptsp.alertId, "2026-04-03T03:30:02Z"),
                ptsp.alertRaised(second, "2026-05-16T00:00:01Z"),
                ptsp.alertAcknowledged(ptsp.alertId, "2026-04-04T02:00:00Z")));

        JsonNode open = row(ptsp.innovationId);
        assertThat(open.get("openAlerts").findValuesAsString("alertId")).containsExactly(ptsp.alertId, second);
        assertThat(open.get("openAlerts").findValuesAsString("state")).containsExactly("ACKNOWLEDGED", "OPEN");
        assertThat(open.at("/indicators/0/overdue")).isEqualTo(json("{\"period\":\"2026-04\",\"dueDate\":\"2026-05-15\"}"));

        events.awaitHandled(events.publish(ptsp.alertResolved(ptsp.alertId, "2026-06-02T03:30:02Z"),
                ptsp.measured("2026-04", "8.5", "2026-05-20T03:30:00Z")));

        JsonNode resolved = row(ptsp.innovationId);
        assertThat(resolved.get("openAlerts").findValuesAsString("alertId")).containsExactly(second);
        assertThat(resolved.at("/indicators/0").has("overdue")).isFalse();
        assertThat(resolved.at("/indicators/0/latestPeriod").asString()).isEqualTo("2026-04");
    }

    @Test
    void aProvinceReportIncludesItsKabupatenAndKotaAndAnOpdFilterNarrowsIt() {
        SeedEvents.Ptsp bandung = new SeedEvents.Ptsp("33.74");
        SeedEvents.Ptsp bogor = new SeedEvents.Ptsp("33.01");
        SeedEvents.Inspektorat inspektorat = new SeedEvents.Inspektorat("33.74");
        events.awaitHandled(events.publish(bandung.registered(), bogor.registered(), inspektorat.registered()));

        assertThat(innovationIds(JAWA_TENGAH_ADMIN, "/api/v1/reports/action-plan?region=33.74"))
                .containsExactlyInAnyOrder(bandung.innovationId, inspektorat.innovationId);
        assertThat(innovationIds(JAWA_TENGAH_ADMIN, "/api/v1/reports/action-plan?region=%2033.74%20"))
                .containsExactlyInAnyOrder(bandung.innovationId, inspektorat.innovationId);
        assertThat(innovationIds(JAWA_TENGAH_ADMIN, "/api/v1/reports/action-plan?region=33"))
                .containsExactlyInAnyOrder(bandung.innovationId, bogor.innovationId, inspektorat.innovationId);
        assertThat(innovationIds(JAWA_TENGAH_ADMIN, "/api/v1/reports/action-plan?region=33&opd=" + SeedEvents.PTSP))
                .containsExactlyInAnyOrder(bandung.innovationId, bogor.innovationId);
        assertThat(innovationIds(JAWA_TENGAH_ADMIN, "/api/v1/reports/action-plan?region=33.01&opd=" + SeedEvents.INSPEKTORAT)).isEmpty();
        assertThat(innovationIds(JAWA_TENGAH_ADMIN, "/api/v1/reports/action-plan?region=34")).isEmpty();
    }

    @Test
    void aKabupatenBandungCallerSeesNoneOfKotaBandungsRowsWhileTheProvinceAdminSeesBoth() {
        SeedEvents.Ptsp kotaBandung = new SeedEvents.Ptsp("32.73");
        SeedEvents.Ptsp kabupatenBandung = new SeedEvents.Ptsp("32.04");
        events.awaitHandled(events.publish(kotaBandung.registered(), kabupatenBandung.registered()));

        // the operator has the same OPD code as Kota Bandung's PTSP: OPD codes are unique only within a region
        for (TestCaller kabupaten : List.of(TestCaller.viewer("32.04"), TestCaller.opdOperator("32.04", SeedEvents.PTSP))) {
            assertThat(innovationIds(kabupaten, "/api/v1/reports/action-plan?region=32.73")).as(kabupaten.subject()).isEmpty();
            assertThat(innovationIds(kabupaten, "/api/v1/reports/action-plan?region=32.73&opd=" + SeedEvents.PTSP))
                    .as(kabupaten.subject()).isEmpty();
            JsonNode province = report(kabupaten, "/api/v1/reports/action-plan?region=32");
            assertThat(province.findValuesAsString("innovationId")).as(kabupaten.subject())
                    .contains(kabupatenBandung.innovationId).doesNotContain(kotaBandung.innovationId);
            assertThat(province.findValuesAsString("regionCode")).as(kabupaten.subject()).containsOnly("32.04");

            ApiClient.Response other = api(kabupaten).get("/api/v1/reports/action-plan/" + kotaBandung.innovationId);
            assertThat(other.status()).as(kabupaten.subject()).isEqualTo(404);
            // the same answer as for an innovation that does not exist: nothing tells that it does
            assertThat(other.json().get("code").asString()).isEqualTo("action-plan-not-found");
            assertThat(api(kabupaten).get("/api/v1/reports/action-plan/" + kabupatenBandung.innovationId).status())
                    .as(kabupaten.subject()).isEqualTo(200);
        }

        assertThat(innovationIds(JAWA_BARAT_ADMIN, "/api/v1/reports/action-plan?region=32"))
                .contains(kotaBandung.innovationId, kabupatenBandung.innovationId);
        assertThat(row(kotaBandung.innovationId).get("regionCode").asString()).isEqualTo("32.73");
        assertThat(row(kabupatenBandung.innovationId).get("regionCode").asString()).isEqualTo("32.04");
    }

    @Test
    void aMissingOrMalformedRegionIsABadRequestExplainedAsProblemJson() {
        ApiClient.Response missing = api().get("/api/v1/reports/action-plan");
        ApiClient.Response english = api().get("/api/v1/reports/action-plan?region=32.7", "Accept-Language", "en");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("region");
        assertThat(missing.json().at("/errors/0/message").asString()).startsWith("wajib diisi");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().at("/errors/0/message").asString())
                .isEqualTo("value \"32.7\" is not a Kemendagri region code; use e.g. 32 (province) or 32.73 (kabupaten/kota)");
        for (String bad : List.of("", "3273", "32.00", "Jawa%20Barat", "32.73.01")) {
            ApiClient.Response response = api().get("/api/v1/reports/action-plan?region=" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("region");
        }
    }

    @Test
    void anUnknownInnovationIsANotFoundProblem() {
        ApiClient.Response response = api().get("/api/v1/reports/action-plan/tidak-ada", "Accept-Language", "en");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("action-plan-not-found");
        assertThat(response.json().get("detail").asString()).isEqualTo("There is no action plan for innovation tidak-ada.");
    }

    @Test
    void theMatrixOfATriwulanShowsTheLatestMeasurementWithinItAndDownloadsWithTheSameNumbers() throws IOException {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.78");
        events.awaitHandled(events.publish(
                new RegionRegistered("32.78", "Kota Banjar", RegionLevel.CITY, "32", "Asia/Jakarta",
                        Instant.parse("2025-12-01T00:00:00Z")),
                ptsp.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "9", "2026-03-03T03:30:00Z"),
                ptsp.slipped("2026-02", Severity.RED, "2026-03-03T03:30:01Z"),
                ptsp.alertRaised(ptsp.alertId, "2026-03-03T03:30:02Z"),
                ptsp.measured("2026-04", "7", "2026-05-04T03:30:00Z")));
        String path = "/api/v1/reports/action-plan?region=32.78&period=2026-q1";

        JsonNode report = api().get(path).json();
        assertThat(report.at("/period/code").asString()).isEqualTo("2026-Q1");
        assertThat(report.at("/period/label").asString()).isEqualTo("Triwulan I 2026");
        JsonNode row = report.at("/rows/0");
        assertThat(row.get("timeUsedPercent").asInt()).isEqualTo(49); // 89 of 180 days on 31 March
        assertThat(row.at("/indicators/0/latestPeriod").asString()).isEqualTo("2026-02");
        assertThat(row.at("/indicators/0/latestValue").decimalValue()).isEqualByComparingTo("9");
        assertThat(row.at("/indicators/0/capaian").decimalValue()).isEqualByComparingTo("92.72");
        assertThat(row.at("/indicators/0/health").asString()).isEqualTo("AT_RISK");
        assertThat(api().get("/api/v1/reports/action-plan?region=32.78").json()
                .at("/rows/0/indicators/0/latestPeriod").asString()).isEqualTo("2026-04");

        Download xlsx = download(path + "&format=xlsx", "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).isEqualTo("attachment; filename=\"matriks-rencana-aksi-32.78-2026-Q1.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet matrix = workbook.getSheet("Rencana Aksi");
            assertThat(matrix.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Wilayah: 32.78 Kota Banjar · Periode: Triwulan I 2026");
            assertThat(matrix.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Data per: 30/06/2026 12:00 WIB");
            Map<String, Cell> cells = cellsByHeader(matrix, XlsxExport.HEADER_ROW + 1);
            assertThat(cells.get("Nama inovasi").getStringCellValue()).isEqualTo("Aplikasi layanan perizinan online");
            assertThat(cells.get("Tahapan").getStringCellValue()).isEqualTo("Inisiatif");
            assertThat(cells.get("Waktu terpakai (%)").getNumericCellValue()).isEqualTo(49);
            assertThat(cells.get("Realisasi").getNumericCellValue()).isEqualTo(9);
            assertThat(cells.get("Nilai harapan").getNumericCellValue()).isEqualTo(8.3889);
            assertThat(new DataFormatter(Locale.forLanguageTag("id-ID")).formatCellValue(cells.get("Capaian (%)")))
                    .isEqualTo("92,72");
            assertThat(cells.get("Kesehatan").getStringCellValue()).isEqualTo("Berisiko");
            assertThat(cells.get("Peringatan terbuka").getNumericCellValue()).isEqualTo(1);
            assertThat(matrix.getLastRowNum()).isEqualTo(XlsxExport.HEADER_ROW + 1);
            Sheet alerts = workbook.getSheet("Peringatan Terbuka");
            assertThat(cellsByHeader(alerts, XlsxExport.HEADER_ROW + 1).get("Tingkat").getStringCellValue()).isEqualTo("Merah");
        }

        Download pdf = download(path, "application/pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Matriks Rencana Aksi Inovasi",
                    "Wilayah: 32.78 Kota Banjar · Periode: Triwulan I 2026", "Data per: 30/06/2026 12:00 WIB",
                    "92,72", "8,39", "Berisiko", "Rasio progres = (A - B) / (E - B)");
        }

        Download csv = download(path, "text/csv");
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFRencana Aksi\r\nNo,Permasalahan,");
        assertThat(text).contains(",2026-02,9,8.3889,92.72,Berisiko,Tertinggal dari lintasan (Merah),,1\r\n");
    }

    @Test
    void theEarlyWarningListHasSlipsOverdueReportsAndProjectedMissesWithAgeEscalationAndFollowUp() throws IOException {
        SeedEvents.Ptsp slipped = new SeedEvents.Ptsp("32.79");
        SeedEvents.Ptsp overdue = new SeedEvents.Ptsp("32.79");
        SeedEvents.Ptsp forecast = new SeedEvents.Ptsp("32.79");
        SeedEvents.Ptsp retired = new SeedEvents.Ptsp("32.79");
        String added = SeedEvents.newId();
        events.awaitHandled(events.publish(slipped.registered(), overdue.registered(), forecast.registered(),
                retired.registered(),
                slipped.measured("2026-05", "8", "2026-06-12T03:00:00Z"),
                slipped.slipped("2026-05", Severity.RED, "2026-06-12T03:00:01Z"),
                slipped.alertRaised(slipped.alertId, "2026-06-12T03:00:02Z"),
                slipped.alertEscalated(slipped.alertId, 2, "2026-06-20T00:00:00Z"),
                slipped.alertAcknowledged(slipped.alertId, "2026-06-22T02:00:00Z"),
                overdue.overdue("2026-05", "2026-06-12", "2026-06-13T00:00:00Z"),
                forecast.measured("2026-05", "5.9", "2026-06-02T02:00:00Z"),
                forecast.forecastMiss("2026-06-02T02:00:01Z"),
                retired.indicatorAdded(added, "2026-03-02T00:00:00Z"),
                retired.slipped("2026-05", Severity.AMBER, "2026-06-12T03:00:01Z"),
                retired.retired("2026-06-15T00:00:00Z")));

        JsonNode warnings = api().get("/api/v1/reports/early-warning?region=32.79").json().get("warnings");

        assertThat(warnings.findValuesAsString("kind")).containsExactly("FORECAST_MISS", "AT_RISK", "OVERDUE");
        JsonNode risk = warnings.get(1);
        assertThat(risk.get("innovationId").asString()).isEqualTo(slipped.innovationId);
        assertThat(risk.get("since").asString()).isEqualTo("2026-06-12");
        assertThat(risk.get("ageDays").asInt()).isEqualTo(18);
        assertThat(risk.get("ageWorkingDays").asInt()).isEqualTo(11);
        assertThat(risk.get("alert")).isEqualTo(json("""
                {"alertId":"%s","state":"ACKNOWLEDGED","escalationLevel":2,"acknowledgedAt":"2026-06-22T02:00:00Z"}"""
                .formatted(slipped.alertId)));
        assertThat(warnings.get(0).get("projectedAtDeadline").decimalValue()).isEqualByComparingTo("5.8");
        assertThat(warnings.get(2).get("dueDate").asString()).isEqualTo("2026-06-12");
        // the retired indicator warns no more; the one added in its place is in the matrix
        assertThat(row(retired.innovationId).get("indicators").findValuesAsString("indicatorId")).containsExactly(added);
        assertThat(api(TestCaller.inspector("32.04")).get("/api/v1/reports/early-warning?region=32.79").json()
                .get("warnings")).isEmpty();

        Download xlsx = download("/api/v1/reports/early-warning?region=32.79&format=xlsx", "*/*");
        assertThat(xlsx.disposition()).isEqualTo("attachment; filename=\"peringatan-dini-32.79.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Peringatan Dini");
            Map<String, Cell> second = cellsByHeader(sheet, XlsxExport.HEADER_ROW + 2);
            assertThat(second.get("Jenis peringatan").getStringCellValue()).isEqualTo("Berisiko");
            assertThat(second.get("Umur (hari kerja)").getNumericCellValue()).isEqualTo(11);
            assertThat(second.get("Tingkat eskalasi").getNumericCellValue()).isEqualTo(2);
            assertThat(second.get("Status tindak lanjut").getStringCellValue()).isEqualTo("Ditindaklanjuti");
            assertThat(sheet.getLastRowNum()).isEqualTo(XlsxExport.HEADER_ROW + 3);
        }
        try (PDDocument document = Loader.loadPDF(download("/api/v1/reports/early-warning?region=32.79", "application/pdf").body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Daftar Peringatan Dini", "Proyeksi meleset",
                    "Laporan terlambat", "5,80", "12/06/2026");
        }
    }

    @Test
    void theRecapCountsInnovationsPerOpdByStageAndFormNewAndOngoing() throws IOException {
        SeedEvents.Ptsp ongoing = new SeedEvents.Ptsp("32.80");
        SeedEvents.Ptsp trial = new SeedEvents.Ptsp("32.80");
        SeedEvents.Diskominfo diskominfo = new SeedEvents.Diskominfo("32.80");
        SeedEvents.Inspektorat inspektorat = new SeedEvents.Inspektorat("32.80");
        events.awaitHandled(events.publish(ongoing.registered(LocalDate.of(2025, 7, 1)), trial.registered(),
                diskominfo.registered(), inspektorat.registered(),
                trial.stageChanged(InnovationStage.UJI_COBA, "2026-04-01T02:00:00Z")));

        JsonNode recap = api().get("/api/v1/reports/innovation-recap?region=32.80&period=sd-2026-S1").json();

        assertThat(recap.at("/period/label").asString()).isEqualTo("s.d. Semester I 2026");
        assertThat(recap.get("opds").findValuesAsString("opdName")).containsExactly(
                "Dinas Komunikasi dan Informatika", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                "Inspektorat Daerah");
        assertThat(recap.at("/opds/1/counts")).isEqualTo(json("""
                {"byStage":{"INISIATIF":1,"UJI_COBA":1,"PENERAPAN":0,"DIHENTIKAN":0,"DIARSIPKAN":0},
                 "byForm":{"TATA_KELOLA":0,"PELAYANAN_PUBLIK":2,"LAINNYA":0},"newInnovations":1,"ongoing":1,"total":2}"""));
        assertThat(recap.at("/total/total").asInt()).isEqualTo(4);
        assertThat(recap.at("/total/byStage/UJI_COBA").asInt()).isEqualTo(2);

        Download xlsx = download("/api/v1/reports/innovation-recap?region=32.80&period=sd-2026-S1&format=xlsx", "*/*");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet perOpd = workbook.getSheet("Per OPD");
            Map<String, Cell> total = cellsByHeader(perOpd, XlsxExport.HEADER_ROW + 4);
            assertThat(total.get("OPD").getStringCellValue()).isEqualTo("Jumlah");
            assertThat(total.get("Uji coba").getNumericCellValue()).isEqualTo(2);
            assertThat(total.get("Pelayanan publik").getNumericCellValue()).isEqualTo(3);
            assertThat(total.get("Baru").getNumericCellValue()).isEqualTo(3);
            assertThat(total.get("Berjalan").getNumericCellValue()).isEqualTo(1);
            assertThat(total.get("Jumlah").getNumericCellValue()).isEqualTo(4);
            Map<String, Cell> trialByForm = cellsByHeader(workbook.getSheet("Tahapan x Bentuk"), XlsxExport.HEADER_ROW + 2);
            assertThat(trialByForm.get("Tahapan").getStringCellValue()).isEqualTo("Uji coba");
            assertThat(trialByForm.get("Tata kelola pemerintahan").getNumericCellValue()).isEqualTo(1);
            assertThat(trialByForm.get("Pelayanan publik").getNumericCellValue()).isEqualTo(1);
        }
        String csv = new String(download("/api/v1/reports/innovation-recap?region=32.80&period=sd-2026-S1", "text/csv").body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n,Jumlah,1,2,1,0,0,1,3,0,3,1,4\r\n");
    }

    @Test
    void theQuarterlyMonevHasTargetRealisasiCapaianAndBandPerTriwulan() throws IOException {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.81");
        events.awaitHandled(events.publish(ptsp.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "9", "2026-03-03T03:30:00Z"),
                ptsp.measured("2026-03", "8", "2026-04-03T03:30:00Z"),
                ptsp.measured("2026-04", "7", "2026-05-04T03:30:00Z")));

        JsonNode lines = api().get("/api/v1/reports/quarterly-monev?region=32.81&period=2026-S1").json().get("lines");

        assertThat(lines.findValuesAsString("triwulan")).containsExactly("2026-Q1", "2026-Q2");
        assertThat(lines.get(0).get("target").decimalValue()).isEqualByComparingTo("7.5278");
        assertThat(lines.get(0).get("realisasi").decimalValue()).isEqualByComparingTo("8");
        assertThat(lines.get(0).get("capaian").decimalValue()).isEqualByComparingTo("93.73");
        assertThat(lines.get(0).get("band").asString()).isEqualTo("SANGAT_TINGGI");
        assertThat(lines.get(1).get("capaian").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(lines.get(1).get("band").asString()).isEqualTo("RENDAH");

        Download xlsx = download("/api/v1/reports/quarterly-monev?region=32.81&period=2026-S1&format=xlsx", "*/*");
        assertThat(xlsx.disposition()).isEqualTo("attachment; filename=\"monev-triwulan-32.81-2026-S1.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Map<String, Cell> first = cellsByHeader(workbook.getSheet("Monev Triwulan"), XlsxExport.HEADER_ROW + 1);
            assertThat(first.get("Triwulan").getStringCellValue()).isEqualTo("Triwulan I 2026");
            assertThat(first.get("Target").getNumericCellValue()).isEqualTo(7.5278);
            assertThat(first.get("Realisasi").getNumericCellValue()).isEqualTo(8);
            assertThat(new DataFormatter(Locale.forLanguageTag("id-ID")).formatCellValue(first.get("Capaian (%)")))
                    .isEqualTo("93,73");
            assertThat(first.get("Kategori").getStringCellValue()).isEqualTo("Sangat tinggi");
        }
        try (PDDocument document = Loader.loadPDF(download("/api/v1/reports/quarterly-monev?region=32.81&period=2026-S1",
                "application/pdf").body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Laporan Monev Inovasi Triwulan",
                    "Periode: Semester I 2026", "7,53", "93,73", "60,00", "Sangat tinggi", "Rendah");
        }
    }

    @Test
    void reportingComplianceCountsReportsOnTimeLateAndMissingPerOpd() throws IOException {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.82");
        events.awaitHandled(events.publish(ptsp.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "9", "2026-03-20T03:30:00Z")));

        JsonNode compliance = api().get("/api/v1/reports/reporting-compliance?region=32.82&period=sd-2026-03").json();

        assertThat(compliance.at("/opds/0")).isEqualTo(json("""
                {"no":1,"opdCode":"%s","opdName":"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu","due":3,
                 "onTime":1,"late":1,"missing":1,"onTimeRate":33.33}""".formatted(SeedEvents.PTSP)));
        assertThat(compliance.get("reports").findValuesAsString("status")).containsExactly("ON_TIME", "LATE", "MISSING");
        assertThat(compliance.at("/reports/2/dueDate").asString()).isEqualTo("2026-04-15");

        Download xlsx = download("/api/v1/reports/reporting-compliance?region=32.82&period=sd-2026-03&format=xlsx", "*/*");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Map<String, Cell> opd = cellsByHeader(workbook.getSheet("Per OPD"), XlsxExport.HEADER_ROW + 1);
            assertThat(opd.get("Laporan jatuh tempo").getNumericCellValue()).isEqualTo(3);
            assertThat(new DataFormatter(Locale.forLanguageTag("id-ID")).formatCellValue(opd.get("Tingkat tepat waktu (%)")))
                    .isEqualTo("33,33");
            Map<String, Cell> late = cellsByHeader(workbook.getSheet("Rincian Laporan"), XlsxExport.HEADER_ROW + 2);
            assertThat(late.get("Status").getStringCellValue()).isEqualTo("Terlambat");
            assertThat(new DataFormatter(Locale.forLanguageTag("id-ID")).formatCellValue(late.get("Diterima")))
                    .isEqualTo("20/03/2026");
        }
    }

    @Test
    void theReplicationRegisterCountsDistinctAdopterRegionsAndNamesOnlyWhatTheCallerReads() throws IOException {
        SeedEvents.Ptsp source = new SeedEvents.Ptsp("32.83");
        List<SeedEvents.Ptsp> replicas = List.of(new SeedEvents.Ptsp("32.04"), new SeedEvents.Ptsp("32.05"),
                new SeedEvents.Ptsp("32.04"));
        List<PantauEvent> history = new ArrayList<>(List.of(source.registered()));
        for (int i = 0; i < replicas.size(); i++) {
            SeedEvents.Ptsp replica = replicas.get(i);
            history.add(replica.registered());
            history.add(new InnovationReplicated(source.innovationId, "32.83", SeedEvents.PTSP, replica.innovationId,
                    replica.region, SeedEvents.PTSP, Instant.parse("2026-0" + (i + 3) + "-10T03:00:00Z")));
        }
        events.awaitHandled(events.publish(history));

        JsonNode register = api().get("/api/v1/reports/replications?region=32.83").json();

        assertThat(register.get("replications").findValuesAsString("replicaId"))
                .containsExactly(replicas.get(0).innovationId, replicas.get(1).innovationId, replicas.get(2).innovationId);
        assertThat(register.at("/replications/0/replicatedOn").asString()).isEqualTo("2026-03-10");
        assertThat(register.at("/sources/0/replications").asInt()).isEqualTo(3);
        assertThat(register.at("/sources/0/distinctAdopterRegions").asInt()).isEqualTo(2);
        JsonNode kabupaten = api(TestCaller.viewer("32.04")).get("/api/v1/reports/replications?region=32.04").json();
        assertThat(kabupaten.get("replications").findValuesAsString("replicaId"))
                .containsExactly(replicas.get(0).innovationId, replicas.get(2).innovationId);
        assertThat(kabupaten.at("/replications/0").has("sourceTitle")).isFalse();
        assertThat(kabupaten.at("/replications/0/replicaTitle").asString()).isEqualTo("Aplikasi layanan perizinan online");
        assertThat(api(TestCaller.viewer("32.04")).get("/api/v1/reports/replications?region=32.83").json()
                .get("replications")).isEmpty();

        Download xlsx = download("/api/v1/reports/replications?region=32.83&period=2026&format=xlsx", "*/*");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Map<String, Cell> perSource = cellsByHeader(workbook.getSheet("Per Inovasi Asal"), XlsxExport.HEADER_ROW + 1);
            assertThat(perSource.get("Jumlah replikasi").getNumericCellValue()).isEqualTo(3);
            assertThat(perSource.get("Daerah adopter berbeda").getNumericCellValue()).isEqualTo(2);
            assertThat(workbook.getSheet("Replikasi").getLastRowNum()).isEqualTo(XlsxExport.HEADER_ROW + 3);
        }
    }

    @Test
    void indicatorAchievementListsEachPeriodAsJudgedAndForecastsTheTrend() throws IOException {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.84");
        events.awaitHandled(events.publish(ptsp.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "9", "2026-03-03T03:30:00Z"),
                ptsp.measured("2026-03", "8", "2026-04-03T03:30:00Z"),
                ptsp.measured("2026-04", "4", "2026-05-04T03:30:00Z")));

        JsonNode indicator = api().get("/api/v1/reports/indicator-achievement?region=32.84&period=2026-Q1").json()
                .at("/indicators/0");

        assertThat(indicator.get("periods").findValuesAsString("period")).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(indicator.at("/periods/1")).isEqualTo(json("""
                {"period":"2026-02","periodEnd":"2026-02-28","expected":8.3889,"realisasi":9,"periodValue":9,
                 "capaian":92.72,"band":"SANGAT_TINGGI","health":"AT_RISK"}"""));
        // the line through 31 January (10), 28 February (9) and 31 March (8): April is after the period
        assertThat(indicator.at("/forecast/projectedAtDeadline").decimalValue()).isEqualByComparingTo("4.9018");
        assertThat(indicator.at("/forecast/reachDate").asString()).isEqualTo("2026-06-28");
        assertThat(indicator.at("/forecast/missProjected").asBoolean()).isFalse();

        Download xlsx = download("/api/v1/reports/indicator-achievement?region=32.84&period=2026-Q1&format=xlsx", "*/*");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Map<String, Cell> february = cellsByHeader(workbook.getSheet("Capaian per Periode"), XlsxExport.HEADER_ROW + 2);
            assertThat(february.get("Nilai harapan").getNumericCellValue()).isEqualTo(8.3889);
            assertThat(february.get("Kesehatan").getStringCellValue()).isEqualTo("Berisiko");
            Map<String, Cell> forecast = cellsByHeader(workbook.getSheet("Proyeksi"), XlsxExport.HEADER_ROW + 1);
            assertThat(forecast.get("Titik data").getNumericCellValue()).isEqualTo(3);
            assertThat(forecast.get("Proyeksi meleset").getStringCellValue()).isEqualTo("Tidak");
        }
    }

    @Test
    void aFlowsRealisasiIsItsRunningTotalBesideEachPeriodsValueAndItsForecastFollowsTheTotals() throws IOException {
        String innovationId = SeedEvents.newId();
        String indicatorId = SeedEvents.newId();
        // users of an online service: 1,200 in the year, counted month by month (a flow, summed)
        InnovationRegistered registered = new InnovationRegistered(innovationId, "32.88", SeedEvents.PTSP,
                SeedEvents.PTSP_NAME, "Layanan izin daring", "Antrean panjang", "Layanan izin daring",
                id.pantau.events.InnovationForm.PELAYANAN_PUBLIK, InnovationStage.PENERAPAN, SeedEvents.START,
                LocalDate.of(2026, 12, 31), List.of(new IndicatorDefinition(indicatorId, "Pengguna layanan daring",
                        IndicatorKind.TREND, "orang", Polarity.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("1200"),
                        LocalDate.of(2026, 12, 31), ReportingFrequency.MONTHLY, Aggregation.SUM, null, List.of(), false)),
                Instant.parse("2026-01-05T02:15:00Z"));
        // monitoring's judgement of each running total (100, 180, 300) against the total expected by then
        events.awaitHandled(events.publish(registered,
                flowMeasured(innovationId, indicatorId, "2026-01", "100", "98.9011", "101.11", IndicatorHealth.ON_TRACK),
                flowMeasured(innovationId, indicatorId, "2026-02", "80", "191.2088", "94.14", IndicatorHealth.BEHIND),
                flowMeasured(innovationId, indicatorId, "2026-03", "120", "293.4066", "102.25", IndicatorHealth.ON_TRACK)));

        JsonNode indicator = api().get("/api/v1/reports/indicator-achievement?region=32.88&period=2026-02").json()
                .at("/indicators/0");

        assertThat(indicator.get("periods")).hasSize(1);
        assertThat(indicator.at("/periods/0/realisasi").decimalValue()).isEqualByComparingTo("180");
        assertThat(indicator.at("/periods/0/periodValue").decimalValue()).isEqualByComparingTo("80");
        assertThat(indicator.at("/periods/0/expected").decimalValue()).isEqualByComparingTo("191.2088");
        // the line through the totals (31 Jan 100, 28 Feb 180): fewer than three points, no forecast yet
        assertThat(indicator.has("forecast")).isFalse();
        JsonNode quarter = api().get("/api/v1/reports/indicator-achievement?region=32.88&period=2026-Q1").json()
                .at("/indicators/0");
        assertThat(quarter.get("periods").findValuesAsString("realisasi")).containsExactly("100", "180", "300");
        // through the totals the year's 1,200 users are reached before the deadline; through the monthly values
        // (100, 80, 120) the line would stay near 100 and project a miss
        assertThat(quarter.at("/forecast/missProjected").asBoolean()).isFalse();
        assertThat(quarter.at("/forecast/projectedAtDeadline").decimalValue()).isGreaterThan(new BigDecimal("1200"));
        Download xlsx = download("/api/v1/reports/indicator-achievement?region=32.88&period=2026-Q1&format=xlsx", "*/*");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Map<String, Cell> february = cellsByHeader(workbook.getSheet("Capaian per Periode"), XlsxExport.HEADER_ROW + 2);
            assertThat(february.get("Nilai periode").getNumericCellValue()).isEqualTo(80);
            assertThat(february.get("Realisasi").getNumericCellValue()).isEqualTo(180);
        }
    }

    private static IndicatorMeasured flowMeasured(String innovationId, String indicatorId, String period, String value,
                                                  String expected, String capaian, IndicatorHealth health) {
        return new IndicatorMeasured(SeedEvents.newId(), innovationId, indicatorId, "32.88", SeedEvents.PTSP, period,
                new BigDecimal(value), "opd-ptsp-operator", null, null,
                Instant.parse(period + "-28T03:30:00Z"), new BigDecimal(expected), null, new BigDecimal(capaian), health);
    }

    @Test
    void theConsumerLagOfEveryTopicIsAGauge() {
        events.awaitHandled(events.publish(new SeedEvents.Ptsp("32.85").registered()));

        String metrics = new String(download("/actuator/prometheus", "text/plain").body(), StandardCharsets.UTF_8);

        assertThat(metrics).contains("spring_cloud_stream_binder_kafka_offset");
        for (String topic : List.of("innovation-events", "monitoring-events", "notification-events")) {
            assertThat(metrics).containsPattern("spring_cloud_stream_binder_kafka_offset\\{[^}]*topic=\"" + topic + "\"");
        }
    }

    @Test
    void theApiDocumentDescribesEveryReportInItsFourFormats() {
        JsonNode paths = api().get("/v3/api-docs").json().get("paths");

        for (String report : List.of("action-plan", "early-warning", "innovation-recap", "quarterly-monev",
                "reporting-compliance", "replications", "indicator-achievement")) {
            JsonNode content = paths.at("/~1api~1v1~1reports~1" + report + "/get/responses/200/content");
            assertThat(content.propertyNames()).as(report).containsExactlyInAnyOrder("application/json", "text/csv",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf");
            assertThat(content.at("/application~1json/schema/$ref").asString()).as(report).isNotBlank();
        }
    }

    @Test
    void aBadPeriodOrFormatIsABadRequestWhateverFormatWasAskedFor() {
        ApiClient.Response period = api().get("/api/v1/reports/action-plan?region=32.73&period=2026-Q5", "Accept-Language", "en");
        ApiClient.Response format = api().get("/api/v1/reports/action-plan?region=32.73&format=docx");
        Download asPdf = download("/api/v1/reports/action-plan?region=32.73&period=Maret", "application/pdf");

        assertThat(period.status()).isEqualTo(400);
        assertThat(period.json().at("/errors/0/field").asString()).isEqualTo("period");
        assertThat(period.json().at("/errors/0/message").asString()).startsWith("value \"2026-Q5\" is not a period");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().at("/errors/0/field").asString()).isEqualTo("format");
        assertThat(asPdf.status()).isEqualTo(400);
        assertThat(asPdf.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theIndexProjectionScoresTheRegionInEveryFormatByTheCatalogueOfTheYearAskedFor() throws IOException {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.86");
        SeedEvents.Ptsp replica = new SeedEvents.Ptsp("32.06");
        events.awaitHandled(events.publish(ptsp.registered(), replica.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "9", "2026-03-03T03:30:00Z"),
                new InnovationReplicated(ptsp.innovationId, "32.86", SeedEvents.PTSP, replica.innovationId, "32.06",
                        SeedEvents.PTSP, Instant.parse("2026-03-10T03:00:00Z"))));
        // triwulan I by the 2023 catalogue: inisiatif 10, replicated in 1 other region of 2: 10, its one indicator
        // measured: 20, no evidence required: 15, January and February on time but March missing: 15 x 2/3 = 10
        String path = "/api/v1/reports/innovation-index?region=32.86&period=2026-Q1&year=2023";

        JsonNode report = api().get(path).json();
        assertThat(report.get("catalogueYear").asInt()).isEqualTo(2023);
        assertThat(report.at("/regions/0/index").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(report.at("/regions/0/band").asString()).isEqualTo("SANGAT_INOVATIF");
        assertThat(report.at("/innovations/0/criteria").findValuesAsString("criterion"))
                .containsExactly("STAGE", "REPLICATION", "INDICATORS_WITH_DATA", "EVIDENCE", "TIMELINESS");
        assertThat(report.at("/innovations/0/criteria").findValues("points").stream().map(JsonNode::decimalValue)
                .map(java.math.BigDecimal::doubleValue)).containsExactly(10.0, 10.0, 20.0, 15.0, 10.0);
        assertThat(report.at("/innovations/0/missing").findValuesAsString("detail")).containsExactly(
                "Naikkan tahapan ke Uji coba", "Direplikasi di 1 daerah lain lagi",
                "1 dari 3 laporan terlambat atau belum masuk");

        Download xlsx = download(path + "&format=xlsx", "*/*");
        assertThat(xlsx.disposition()).contains("proyeksi-indeks-inovasi-32.86-2026-Q1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Map<String, Cell> region = cellsByHeader(workbook.getSheet("Per Daerah"), XlsxExport.HEADER_ROW + 1);
            assertThat(region.get("Indeks proyeksi").getNumericCellValue()).isEqualTo(65.0);
            assertThat(region.get("Predikat").getStringCellValue()).isEqualTo("Sangat inovatif");
            Map<String, Cell> innovation = cellsByHeader(workbook.getSheet("Per Inovasi"), XlsxExport.HEADER_ROW + 1);
            assertThat(innovation.get("Ketepatan waktu laporan").getNumericCellValue()).isEqualTo(10.0);
            assertThat(innovation.get("Skor").getNumericCellValue()).isEqualTo(65.0);
            assertThat(innovation.get("Yang kurang").getStringCellValue()).contains("Naikkan tahapan ke Uji coba (+10.00)");
        }
        Download pdf = download(path + "&format=pdf", "*/*");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Proyeksi Indeks Inovasi Daerah", "65,00",
                    "Sangat inovatif", "Triwulan I 2026", "katalog penilaian 2023");
        }
        Download csv = download(path + "&format=csv", "*/*");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("Per Daerah", ",1,65.00,Sangat inovatif");

        ApiClient.Response unknownYear = api().get("/api/v1/reports/innovation-index?region=32.86&year=2019");
        assertThat(unknownYear.status()).isEqualTo(422);
        assertThat(unknownYear.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownYear.json().get("code").asString()).isEqualTo("iid-catalogue-unknown");
        assertThat(unknownYear.json().at("/errors/0/field").asString()).isEqualTo("year");
    }

    @Test
    void everyReportDrillsDownToOneOpdOneInnovationAndOneIndicatorWithExactlyTheirRows() {
        SeedEvents.Ptsp ptsp = new SeedEvents.Ptsp("32.87");
        SeedEvents.Diskominfo diskominfo = new SeedEvents.Diskominfo("32.87");
        SeedEvents.Inspektorat inspektorat = new SeedEvents.Inspektorat("32.87");
        SeedEvents.Ptsp replica = new SeedEvents.Ptsp("32.07");
        String satisfaction = SeedEvents.newId();
        events.awaitHandled(events.publish(ptsp.registered(), diskominfo.registered(), inspektorat.registered(),
                replica.registered(), ptsp.indicatorAdded(satisfaction, "2026-03-01T02:00:00Z"),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "10", "2026-03-03T03:30:00Z"),
                ptsp.measured("2026-03", "9", "2026-04-03T03:30:00Z"),
                ptsp.slipped("2026-02", Severity.RED, "2026-03-03T03:30:01Z"),
                ptsp.alertRaised(ptsp.alertId, "2026-03-03T03:30:02Z"),
                diskominfo.measured("2026-Q1", "0", "2026-04-02T02:00:00Z"),
                inspektorat.measured("2026-05", "3", "2026-06-02T02:00:00Z"),
                new InnovationReplicated(ptsp.innovationId, "32.87", SeedEvents.PTSP, replica.innovationId, "32.07",
                        SeedEvents.PTSP, Instant.parse("2026-03-10T03:00:00Z"))));
        List<String> reports = List.of("action-plan", "quarterly-monev", "reporting-compliance", "replications",
                "indicator-achievement", "early-warning", "innovation-index");

        for (String report : reports) {
            String base = "/api/v1/reports/" + report + "?region=32.87&period=2026";
            List<JsonNode> all = innovationRows(api().get(base).json());
            assertThat(all).as(report).isNotEmpty();
            assertThat(innovationRows(api().get(base + "&opd=" + SeedEvents.PTSP).json())).as(report + " of PTSP")
                    .isEqualTo(rowsOf(all, ptsp.innovationId));
            for (String innovation : List.of(ptsp.innovationId, diskominfo.innovationId, inspektorat.innovationId)) {
                assertThat(innovationRows(api().get(base + "&innovation=" + innovation).json()))
                        .as(report + " of " + innovation).isEqualTo(rowsOf(all, innovation));
            }
        }
        // not vacuous: these reports hold rows of all three innovations
        for (String report : List.of("action-plan", "quarterly-monev", "reporting-compliance", "indicator-achievement",
                "innovation-index")) {
            assertThat(innovationRows(api().get("/api/v1/reports/" + report + "?region=32.87&period=2026").json())
                    .stream().map(AbstractActionPlanIT::idOf).distinct()).as(report)
                    .containsExactlyInAnyOrder(ptsp.innovationId, diskominfo.innovationId, inspektorat.innovationId);
        }

        JsonNode recap = api().get("/api/v1/reports/innovation-recap?region=32.87&innovation=" + diskominfo.innovationId).json();
        assertThat(recap.get("opds").findValuesAsString("opdCode")).containsExactly(SeedEvents.DISKOMINFO);
        assertThat(recap.at("/total/total").asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/reports/innovation-recap?region=32.87&opd=" + SeedEvents.PTSP).json()
                .get("opds").findValuesAsString("opdCode")).containsExactly(SeedEvents.PTSP);

        // an indicator: the reports by indicator keep only its lines, the action plan only its indicator
        JsonNode plan = api().get("/api/v1/reports/action-plan?region=32.87&indicator=" + satisfaction).json();
        assertThat(plan.get("rows").findValuesAsString("innovationId")).containsExactly(ptsp.innovationId);
        assertThat(plan.at("/rows/0/indicators").findValuesAsString("indicatorId")).containsExactly(satisfaction);
        assertThat(plan.at("/rows/0/openAlerts")).isEmpty();
        JsonNode monev = api().get("/api/v1/reports/quarterly-monev?region=32.87&period=2026&indicator=" + ptsp.indicatorId).json();
        assertThat(monev.get("lines").findValuesAsString("indicatorId")).isNotEmpty().containsOnly(ptsp.indicatorId);
        JsonNode compliance = api().get("/api/v1/reports/reporting-compliance?region=32.87&period=2026&indicator="
                + ptsp.indicatorId).json();
        assertThat(compliance.get("reports").findValuesAsString("indicatorId")).isNotEmpty().containsOnly(ptsp.indicatorId);
    }

    @Test
    void theOpenApiListsTheSameFiltersForEveryReport() {
        ApiClient.Response document = api().get("/v3/api-docs");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        JsonNode paths = document.json().get("paths");
        for (String report : List.of("action-plan", "innovation-recap", "quarterly-monev", "reporting-compliance",
                "replications", "indicator-achievement", "early-warning", "innovation-index")) {
            JsonNode parameters = paths.get("/api/v1/reports/" + report).get("get").get("parameters");
            assertThat(parameters.findValuesAsString("name")).as(report)
                    .contains("region", "opd", "innovation", "indicator", "period", "format");
        }
    }

    /** Every object of a report about one innovation (a row, a line, a warning, a replication), without its number. */
    private static List<JsonNode> innovationRows(JsonNode report) {
        List<JsonNode> rows = new ArrayList<>();
        collect(report, rows);
        return rows;
    }

    private static void collect(JsonNode node, List<JsonNode> rows) {
        if (node.isObject() && (node.has("innovationId") || node.has("sourceId"))) {
            ObjectNode copy = (ObjectNode) node.deepCopy();
            copy.remove("no");
            rows.add(copy);
            return;
        }
        node.forEach(child -> collect(child, rows));
    }

    private static List<JsonNode> rowsOf(List<JsonNode> rows, String innovationId) {
        return rows.stream().filter(row -> innovationId.equals(idOf(row))).toList();
    }

    private static String idOf(JsonNode row) {
        return row.has("innovationId") ? row.get("innovationId").asString() : row.get("sourceId").asString();
    }

    /** A file as a browser downloads it: the raw bytes, with the token of the province admin. */
    private Download download(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestIssuer.get().token(JAWA_BARAT_ADMIN))
                .header("Accept", accept).build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private static Map<String, Cell> cellsByHeader(Sheet sheet, int rowIndex) {
        Row header = sheet.getRow(XlsxExport.HEADER_ROW);
        Row row = sheet.getRow(rowIndex);
        Map<String, Cell> cells = new HashMap<>();
        for (Cell cell : header) {
            cells.put(cell.getStringCellValue(), row.getCell(cell.getColumnIndex()));
        }
        return cells;
    }

    /** A PTSP history across the three topics: registration first, then a slip, an alert and measurements. */
    private static List<PantauEvent> history(SeedEvents.Ptsp ptsp) {
        return List.of(ptsp.registered(),
                ptsp.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                ptsp.measured("2026-02", "10", "2026-03-03T03:30:00Z"),
                ptsp.slipped("2026-02", Severity.AMBER, "2026-03-03T03:30:01Z"),
                ptsp.alertRaised(ptsp.alertId, "2026-03-03T03:30:02Z"),
                ptsp.measured("2026-03", "8", "2026-04-03T03:30:00Z"),
                ptsp.slipped("2026-03", Severity.RED, "2026-04-03T03:30:01Z"),
                ptsp.alertAcknowledged(ptsp.alertId, "2026-04-04T02:00:00Z"));
    }

    /**
     * Measurements reversed (an older period after a newer one, as a late submission does); slips and alerts kept
     * in their order, which their topic partitions guarantee.
     */
    private static List<PantauEvent> reversedWithinTopicWherePeriodsAllow(List<PantauEvent> events) {
        List<PantauEvent> measurements = new ArrayList<>(events.stream()
                .filter(id.pantau.events.IndicatorMeasured.class::isInstance).toList());
        Collections.reverse(measurements);
        List<PantauEvent> others = events.stream()
                .filter(event -> !(event instanceof id.pantau.events.IndicatorMeasured)).toList();
        List<PantauEvent> reordered = new ArrayList<>(others);
        reordered.addAll(measurements);
        return reordered;
    }

    private List<String> innovationIds(TestCaller caller, String path) {
        return report(caller, path).findValuesAsString("innovationId");
    }

    private JsonNode report(TestCaller caller, String path) {
        ApiClient.Response response = api(caller).get(path);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("rows");
    }

    private JsonNode row(String innovationId) {
        ApiClient.Response response = api().get("/api/v1/reports/action-plan/" + innovationId);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode withoutNo(JsonNode row) {
        ObjectNode copy = (ObjectNode) row.deepCopy();
        copy.remove("no");
        return copy;
    }

    private static JsonNode json(String text) {
        return PantauJson.mapper().readTree(text);
    }

    /** As the province admin of Jawa Barat, who reads every region these tests use but those of Jawa Tengah. */
    ApiClient api() {
        return api(JAWA_BARAT_ADMIN);
    }

    ApiClient api(TestCaller caller) {
        return new ApiClient("http://127.0.0.1:" + port).as(caller);
    }
}
