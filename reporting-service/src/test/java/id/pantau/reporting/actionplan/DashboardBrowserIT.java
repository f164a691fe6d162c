package id.pantau.reporting.actionplan;

import id.pantau.events.Severity;
import id.pantau.reporting.EventFeed;
import id.pantau.reporting.web.LoginProvider;
import id.pantau.testing.TestCaller;
import id.pantau.testing.UseEmbeddedInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped where they are
 * not installed): a region admin logs in on the provider's page, opens the region overview, drills down OPD →
 * innovation → the PTSP indicator, sees its slip, and downloads the action plan as XLSX. Screenshots of the pages
 * land in {@code target/screenshots/}.
 */
@UseEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final LoginProvider PROVIDER = LoginProvider.start();
    private static final TestCaller KOTA_BANJAR = TestCaller.regionAdmin("32.79");
    private static final SeedEvents.Ptsp PTSP = new SeedEvents.Ptsp("32.79");
    private static final SeedEvents.Diskominfo DISKOMINFO = new SeedEvents.Diskominfo("32.79");

    @LocalServerPort
    int port;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    private ChromeDriver browser;
    private Path downloads;

    @DynamicPropertySource
    static void login(DynamicPropertyRegistry properties) {
        PROVIDER.person(KOTA_BANJAR);
        properties.add("pantau.dashboard.issuer-uri", PROVIDER::issuer);
    }

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("dashboard-downloads");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aRegionAdminDrillsDownToThePtspSlipAndDownloadsTheMatrix() throws IOException {
        try (EventFeed events = new EventFeed(kafka, mongo)) {
            events.awaitHandled(events.publish(PTSP.registered(), DISKOMINFO.registered(),
                    PTSP.measured("2026-01", "10", "2026-02-03T03:30:00Z"),
                    PTSP.measured("2026-02", "10", "2026-03-03T03:30:00Z"),
                    PTSP.measured("2026-03", "9.5", "2026-04-03T03:30:00Z"),
                    PTSP.slipped("2026-02", Severity.RED, "2026-03-03T03:30:01Z"),
                    PTSP.alertRaised(PTSP.alertId, "2026-03-03T03:30:02Z"),
                    DISKOMINFO.measured("2026-Q1", "0", "2026-04-02T02:00:00Z")));
        }

        browser.get("http://127.0.0.1:" + port + "/");
        assertThat(browser.getCurrentUrl()).startsWith(PROVIDER.issuer() + "/authorize");
        browser.findElement(By.id("username")).sendKeys(KOTA_BANJAR.subject());
        browser.findElement(By.id("password")).sendKeys(LoginProvider.PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        awaitCharts();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Ringkasan wilayah");
        assertThat(browser.findElement(By.id("stages-table")).getText()).contains("Inisiatif 1", "Uji coba 1");
        assertThat(browser.findElement(By.id("health-table")).getText()).contains("Berisiko");
        assertThat(browser.findElement(By.id("index-table")).getText()).containsAnyOf("Sangat inovatif", "Inovatif",
                "Kurang inovatif");
        assertThat(browser.findElement(By.id("index-missing")).getText()).contains("Naikkan tahapan ke");
        screenshot("1-region-overview");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Langsung ke isi");

        browser.findElement(By.linkText(SeedEvents.PTSP_NAME)).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SeedEvents.PTSP_NAME);
        screenshot("2-opd");

        browser.findElement(By.linkText("Aplikasi layanan perizinan online")).click();
        assertThat(browser.findElement(By.id("indicators")).getText()).contains("Target meleset");
        screenshot("3-innovation");

        browser.findElement(By.linkText("Waktu layanan")).click();
        awaitCharts();
        assertThat(browser.findElement(By.cssSelector("p.status .slip")).getText())
                .isEqualTo("⚠ Target meleset: Tertinggal dari lintasan (Merah)");
        assertThat(browser.findElement(By.id("trend-table")).getText()).contains("2026-01", "2026-02", "2026-03");
        assertThat(browser.findElement(By.id("projected")).getText()).endsWith("hari");
        screenshot("4-indicator");

        browser.findElement(By.id("download-action-plan-xlsx")).click();
        Path xlsx = awaitDownload(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(cells(workbook.getSheetAt(0))).contains("Aplikasi layanan perizinan online", "Waktu layanan");
        }

        browser.findElement(By.linkText("Peringatan dini")).click();
        assertThat(browser.findElement(By.id("warnings")).getText()).contains("Waktu layanan");
        screenshot("5-early-warning");
    }

    /** Until the page has charts and each is drawn: a page on the way (the login's redirects) has none. */
    private void awaitCharts() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> {
            List<WebElement> charts = page.findElements(By.cssSelector("figure.chart"));
            return !charts.isEmpty() && charts.stream()
                    .allMatch(figure -> !figure.findElements(By.tagName("canvas")).isEmpty());
        });
    }

    private Path awaitDownload(String extension) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static List<String> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        return java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                .flatMap((Row row) -> java.util.stream.StreamSupport.stream(row.spliterator(), false))
                .map(formatter::formatCellValue).toList();
    }
}
