package org.specloop.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.TestUsers;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.CAROL;

/**
 * The quality engineer's investigation pages in a real browser on the demo data (issue 21): the SPC
 * view of the demo's drifting magnet maker, the transfer functions of its pump motor design, and the
 * risk view with a what-if. Phase I is shortened to 20 lots and the EWMA switched on, so that the
 * demo's 28 lots of MAG-JP-1 reach Phase II, where the CUSUM and EWMA run and catch the last three
 * lots, which came in 3 % low in Br.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"specloop.demo.enabled=true",
        "specloop.loop.spc.phase-one-lots=20", "specloop.loop.spc.ewma.enabled=true"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestigationBrowserTest {
    static final String SOURCE = "MAG-JP-1";
    static final String PART = "RTR-MAG-38UH-01";
    static final int DEMO_LOTS = 28;
    static final String DESIGN = "PUMP-M7";
    static final int DEMO_MOTORS = 27;
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    ControlCharts charts;
    WebDriver browser;
    WorkspaceSession at;

    @BeforeAll
    void startBrowserOnTheDemoData() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        awaitLoopChart();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSpcViewShowsTheFrozenLimitsTheSignalsAndTheirCusumAndEwma() {
        at.logIn(CAROL);
        browser.get(at.url("/ui/sources"));
        at.await().until(ExpectedConditions.elementToBeClickable(By.linkText(SOURCE))).click();

        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#individuals-chart canvas")));
        assertThat(at.text(By.tagName("h1"))).contains(SOURCE).contains("Br").contains(PART);
        assertThat(at.text(By.id("imr-facts"))).contains("complete: limits frozen from the first 20 lots");
        assertThat(browser.findElement(By.id("individuals-chart")).getAttribute("aria-label"))
                .contains("Lot means").contains("from " + SOURCE).contains(DEMO_LOTS + " lots");
        // the last three lots are 3 % low: beyond the action limit, each listed with its lot
        String signals = at.text(By.id("signals"));
        assertThat(signals).contains("BEYOND_ACTION_LIMIT").contains("LOT-38UH-1025").contains("LOT-38UH-1027");
        // the data behind the chart, as a table: every lot with its mean in tesla
        assertThat(browser.findElements(By.cssSelector("#individuals-table tbody tr"))).hasSize(DEMO_LOTS);
        assertThat(textContent(By.id("individuals-table"))).contains("LOT-38UH-1027").contains(" T");
        // the Phase II statistics the drift watch ran, drawn and tabled
        for (String chart : new String[] {"moving-range", "cusum", "ewma", "xbar", "s"}) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + "-chart canvas"))).as(chart).isNotEmpty();
        }
        assertThat(textContent(By.id("cusum-table"))).contains("CUSUM_LOWER");
        assertThat(textContent(By.id("ewma-table"))).contains("EWMA_LOWER");
        // capability against the spec in force
        String capability = at.text(By.id("capability"));
        assertThat(capability).contains("min 1.22 T");
        at.screenshot("spc-mag-jp-1-br");
        at.scrollTo(By.id("cusum-block"));
        at.screenshot("spc-mag-jp-1-cusum-ewma");

        browser.findElement(By.linkText("HcJ")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "HcJ"));
        assertThat(at.text(By.id("signals-title"))).isEqualTo("Signals");
    }

    @Test
    void aDesignShowsItsRequirementsItsMotorsVerdictsAndTheTransferFunctionItsLimitRestsOn() {
        at.logIn(CAROL);
        browser.findElement(By.linkText("Motor designs")).click();
        at.await().until(ExpectedConditions.elementToBeClickable(By.linkText(DESIGN))).click();

        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
        assertThat(at.text(By.id("versions"))).contains("SPEC-RTR-38UH").contains("min 0.615 V*s/rad").contains("IE4");
        assertThat(at.text(By.id("run-total"))).isEqualTo(String.valueOf(DEMO_MOTORS));
        assertThat(browser.findElements(By.cssSelector("#runs tbody tr"))).hasSize(DEMO_MOTORS);
        assertThat(at.text(By.id("runs"))).contains("LOT-38UH-1001").containsPattern("Pass|Fail");
        at.screenshot("design-pump-m7");
        // every run of the design as a file, not only the page's 50
        java.util.Map<String, Object> csv = new WorkspaceSession(browser, port)
                .fetch(browser.findElement(By.id("runs-export")).getAttribute("href"), "text/csv");
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        assertThat(((String) csv.get("head")).lines().findFirst().orElse("")).contains("runId").contains("verdict");

        // from a run to its lot, which names the motors built with it and links its maker's SPC page
        browser.findElement(By.linkText("LOT-38UH-1027")).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("motor-runs")));
        assertThat(at.text(By.id("motor-runs"))).contains("M7-1027").contains(DESIGN);
        assertThat(browser.findElement(By.linkText(SOURCE)).getAttribute("href"))
                .contains("/ui/sources/" + SOURCE + "/spc").contains("partNumber=" + PART);
        browser.findElement(By.linkText(DESIGN)).click();

        at.await().until(ExpectedConditions.elementToBeClickable(By.linkText("transfer functions"))).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-transfer-view] canvas")));
        WebElement chart = browser.findElements(By.cssSelector("[data-transfer-view]")).stream()
                .filter(c -> c.getAttribute("aria-label").contains("against BR")).findFirst().orElseThrow();
        assertThat(chart.getAttribute("aria-label")).contains(DESIGN).contains("with " + DEMO_MOTORS + " points");
        String index = chart.getAttribute("id").substring("tf-chart-".length());
        assertThat(browser.findElements(By.cssSelector("#tf-table-" + index + " tbody tr"))).hasSize(DEMO_MOTORS);
        String facts = at.text(By.id("tf-facts-" + index));
        // the derived Br minimum lies above the 1.22 T in force: the reason the loop proposed a revision
        assertThat(facts).containsPattern("Derived limit\\s+1\\.2[3-9][0-9]* T")
                .containsPattern("Spec limit in force\\s+1\\.22 T");
        at.screenshot("transfer-functions-pump-m7");
    }

    @Test
    void theRiskViewShowsConcentrationAndWhatLosingJapanWouldHit() {
        at.logIn(CAROL);
        browser.findElement(By.linkText("Risk")).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#concentration-chart canvas")));
        assertThat(at.text(By.id("concentration-hhi"))).contains("Magnet maker").containsPattern("JP [0-9]+\\.[0-9] %").contains("DE");
        assertThat(at.text(By.id("source-risk"))).contains(SOURCE).contains("Takefu Magnet Works");

        browser.findElement(By.id("whatif-country")).sendKeys("jp");
        browser.findElement(By.id("whatif-button")).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("whatif")));
        assertThat(at.text(By.id("whatif-result-title"))).isEqualTo("Without JP");
        assertThat(at.text(By.id("whatif-sources"))).contains(SOURCE).contains("ALLOY-JP-1");
        assertThat(at.text(By.id("whatif-specs"))).contains("SPEC-RTR-38UH").contains("Magnet maker");
        assertThat(at.text(By.id("whatif-lots"))).contains("LOT-38UH-1001").contains(PART);
        assertThat(at.text(By.id("whatif"))).contains("Motor designs built with affected lots: " + DESIGN);
        at.screenshot("risk-without-jp");
        at.scrollTo(By.id("concentration-title"));
        at.screenshot("risk-concentration");

        // the sources page names what each source is qualified for, beside its certificates
        browser.findElement(By.linkText("Sources")).click();
        WebElement maker = at.await().until(ExpectedConditions.presenceOfElementLocated(By.linkText(SOURCE)))
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(maker.getText()).contains("SPEC-RTR-38UH: Qualified (revision 1)");
    }

    /** Text of an element inside a closed details element, which getText() reports as empty. */
    private String textContent(By by) {
        return browser.findElement(by).getAttribute("textContent");
    }

    /** The loop reads the demo in a processor of its own: the pages are read once it has charted every lot. */
    private void awaitLoopChart() throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<ControlChartView> view = charts.view(SOURCE, PART, Characteristic.BR, ControlCharts.INDIVIDUALS);
            if (view.isPresent() && view.get().points().size() >= DEMO_LOTS) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the loop did not chart " + DEMO_LOTS + " lots of " + SOURCE + " in " + PATIENCE);
    }

}
