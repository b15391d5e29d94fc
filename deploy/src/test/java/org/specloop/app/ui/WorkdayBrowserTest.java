package org.specloop.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.BOB;
import static org.specloop.app.TestUsers.ALICE;

/**
 * A quality engineer's day in the browser alone, on the demo data, as docs/ui.md tells it (issue 21's "done
 * when"): qe.alice (quality engineer and approver) finds the drifting magnet maker from her inbox, reads its chart
 * and the motors' transfer function, redrafts the loop's proposal into the revision the evidence supports and
 * proposes it; qe.bob signs it; alice disposes of held lots with deviations bob signs, takes the approval record as PDF and the
 * held lots as CSV, and imports the lab's instrument file for a lot. The screenshots are the ones docs/ui.md shows
 * ({@link WorkspaceSession#documentedScreenshot}).
 *
 * <p>The day changes the demo's specs and lots, which {@link InvestigationBrowserTest} reads as loaded. Both
 * run with the same settings, so the day takes over the investigation test's context when that one ran first
 * (one start fewer), and closes it after itself: a later class with these settings starts on a fresh demo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"specloop.demo.enabled=true",
        "specloop.loop.spc.phase-one-lots=20", "specloop.loop.spc.ewma.enabled=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkdayBrowserTest {
    static final String SOURCE = "MAG-JP-1";
    static final String SPEC = "SPEC-RTR-38UH";
    static final String DESIGN = "PUMP-M7";
    static final String HELD_42SH = "LOT-42SH-0002";
    static final String DRIFTED_38UH = "LOT-38UH-1027";
    /** The 42SH lot from a changed chain, whose lab results the source change collects as evidence. */
    static final String NEW_CHAIN_42SH = "LOT-42SH-0003";

    @LocalServerPort
    int port;
    @Autowired
    SpecificationReadModel specifications;
    WebDriver browser;
    WorkspaceSession at;
    int proposal;
    int redraft;

    @BeforeAll
    void startBrowserOnTheDemoData() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        proposal = awaitRevision(SPEC, "PROPOSED");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void morningTheInboxNamesTheDriftAndTheLoopsProposal() {
        at.logIn(ALICE);
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        at.await().until(d -> at.text(By.id("main")).contains("EC-DRIFT-" + SOURCE));
        assertThat(at.text(By.id("main"))).contains(SPEC + " rev " + proposal);
        at.documentedScreenshot("workday-01-inbox");

        browser.findElement(By.partialLinkText("EC-DRIFT-" + SOURCE + "-BR")).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("drift-source")));
        assertThat(at.text(By.id("drift-source"))).contains(SOURCE);
        assertThat(at.text(By.id("drift-characteristic"))).contains("BR");
        at.documentedScreenshot("workday-02-drift-change");
    }

    @Test
    @Order(2)
    void theChartShowsTheSourceLeavingItsLimitsAndTheMotorsShowWhyItMatters() {
        at.logIn(ALICE);
        at.open("/ui/engineering-changes?trigger=DRIFT");
        at.await().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("EC-DRIFT-" + SOURCE + "-BR"))).click();
        // from the drift change straight to the chart that raised it
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("drift-spc"))).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#individuals-chart canvas")));
        assertThat(at.text(By.tagName("h1"))).contains(SOURCE).contains("Br");
        assertThat(at.text(By.id("signals"))).contains("BEYOND_ACTION_LIMIT").contains(DRIFTED_38UH);
        at.documentedScreenshot("workday-03-spc");

        at.open("/ui/designs/" + DESIGN + "/transfer-functions");
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-transfer-view] canvas")));
        WebElement chart = browser.findElements(By.cssSelector("[data-transfer-view]")).stream()
                .filter(c -> c.getAttribute("aria-label").contains("against BR")).findFirst().orElseThrow();
        String index = chart.getAttribute("id").substring("tf-chart-".length());
        assertThat(at.text(By.id("tf-facts-" + index))).containsPattern("Derived limit\\s+1\\.2[3-9][0-9]* T");
        at.documentedScreenshot("workday-04-transfer-function");
    }

    @Test
    @Order(3)
    void theLoopsProposalIsRedraftedReadAndProposedAsTheRevisionTheEvidenceSupports() throws InterruptedException {
        at.logIn(ALICE);
        at.open("/ui/specifications/" + SPEC + "/revisions/" + proposal);
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-transfer-chart] canvas")));
        assertThat(at.text(By.id("diff"))).contains("characteristics/BR@20degC/min").contains("1.22 T");
        at.documentedScreenshot("workday-05-loop-proposal");

        at.sign("redraft-proposal", "Take the loop's Br minimum as our own revision, with the motor fit as evidence",
                ALICE.password);
        at.await().until(ExpectedConditions.urlMatches("/ui/specifications/" + SPEC + "/revisions/[0-9]+/edit"));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("propose-button")));
        redraft = Integer.parseInt(browser.getCurrentUrl().replaceAll(".*/revisions/([0-9]+)/edit.*", "$1"));
        assertThat(redraft).isGreaterThan(proposal);
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-diff"), "characteristics/BR@20degC/min"));
        at.type("draft-reason", "Br min from the Ke fit of PUMP-M7 after MAG-JP-1 drifted low");
        at.scrollTo(By.tagName("h1"));
        at.documentedScreenshot("workday-06-redraft-editor");
        browser.findElement(By.id("propose-button")).click();
        at.await().until(ExpectedConditions.urlToBe(at.url("/ui/specifications/" + SPEC + "/revisions/" + redraft)));
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "PROPOSED"));
        assertThat(specifications.revision(SPEC, proposal).orElseThrow().status()).isEqualTo("REJECTED");
    }

    @Test
    @Order(5)
    void bobSignsTheRevisionAndItComesIntoForce() {
        at.logIn(BOB);
        WebElement waiting = at.await().until(ExpectedConditions.elementToBeClickable(By.linkText(SPEC + " rev " + redraft)));
        waiting.click();
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "PROPOSED"));
        at.sign("approve", "Br minimum follows the Ke fit of PUMP-M7", BOB.password);
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "EFFECTIVE"));
        assertThat(at.text(By.id("signed-by"))).contains("qe.bob").contains("APPROVED");
        // read again, the revision in force offers nothing more to sign
        browser.navigate().refresh();
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "EFFECTIVE"));
        assertThat(browser.findElements(By.id("approve-button"))).isEmpty();
        at.documentedScreenshot("workday-07-signed");
    }

    @Test
    @Order(6)
    void heldLotsAreDisposedOfWithDeviationsASecondPersonSigns() {
        at.logIn(ALICE);
        at.open("/ui/lots?disposition=HELD");
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lots"), HELD_42SH));
        at.documentedScreenshot("workday-08-held-lots");
        requestDeviation(HELD_42SH, "SCRAP", "HcJ below 1592 kA/m on two samples; no use without margin");
        requestDeviation(DRIFTED_38UH, "RETURN_TO_SUPPLIER", "Br 3 % low, below the revision in force; back to " + SOURCE);

        at.logIn(BOB);
        for (String lot : new String[] {HELD_42SH, DRIFTED_38UH}) {
            at.openUntil("/ui/lots/" + lot, "Sign deviation");
            at.sign("approve", "MRB agrees", BOB.password);
            at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-outcome]"), "signed by qe.bob"));
        }
        at.openUntil("/ui/lots/" + DRIFTED_38UH, "Approved");
        assertThat(at.text(By.id("deviations"))).contains("Return to supplier").contains("qe.alice").contains("qe.bob");
        at.documentedScreenshot("workday-09-deviation-signed");
    }

    @Test
    @Order(7)
    void theRecordGoesOutAsPdfAndTheLotListAsCsv() {
        at.logIn(ALICE);
        at.open("/ui/specifications/" + SPEC + "/revisions/" + redraft + "/record");
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("record-signatures")));
        assertThat(at.text(By.id("signatures"))).contains("qe.alice").contains("qe.bob");
        at.documentedScreenshot("workday-10-record");
        Map<String, Object> pdf = at.fetch(browser.findElement(By.id("record-pdf")).getAttribute("href"), "application/pdf");
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat((String) pdf.get("type")).startsWith("application/pdf");
        assertThat((String) pdf.get("head")).startsWith("%PDF-");

        at.open("/ui/lots?disposition=HELD");
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lot-export")));
        Map<String, Object> csv = at.fetch(browser.findElement(By.id("lot-export")).getAttribute("href"), "text/csv");
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        assertThat(((String) csv.get("head")).lines().findFirst().orElse("")).as("the header line").containsIgnoringCase("lot");
    }

    @Test
    @Order(8)
    void theLabsInstrumentFileIsImportedAndEachLineAnswered() throws Exception {
        String sample = Files.readString(Path.of("..", "docs", "examples", "lab-import.csv"), StandardCharsets.UTF_8);
        Path file = Files.createTempFile("workday-lab", ".csv");
        try {
            Files.writeString(file, sample.replace("LOT-CSV-0001", NEW_CHAIN_42SH), StandardCharsets.UTF_8);
            at.logIn(ALICE);
            at.open("/ui/lots");
            at.await().until(ExpectedConditions.elementToBeClickable(By.id("lot-import"))).click();
            at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("csv-file")));
            browser.findElement(By.id("csv-file")).sendKeys(file.toAbsolutePath().toString());
            at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("csv-summary"), "4 rows"));
            at.type("import-lab", "QC lab");
            at.type("import-instrument", "HG-200");
            browser.findElement(By.id("import-button")).click();
            at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "accepted"));
            assertThat(at.text(By.id("import-summary"))).isEqualTo("3 accepted, 0 already known, 1 refused.");
            assertThat(at.text(By.cssSelector("#import-lines tr.refused"))).contains("HcJ [kA/m]");
            at.scrollTo(By.id("import-report"));
            at.documentedScreenshot("workday-11-lab-import");
        } finally {
            Files.deleteIfExists(file);
        }
        at.openUntil("/ui/lots/" + NEW_CHAIN_42SH, "S-02");
    }

    private void requestDeviation(String lot, String disposition, String reason) {
        at.openUntil("/ui/lots/" + lot, "Ask for a deviation");
        new Select(browser.findElement(By.id("deviation-disposition"))).selectByValue(disposition);
        at.type("deviation-reason", reason);
        browser.findElement(By.id("deviation-button")).click();
        at.await().until(d -> d.findElements(By.cssSelector("[data-outcome]")).stream()
                .anyMatch(e -> e.getText().contains("requested by qe.alice")));
    }

    /** The newest revision of the spec in that status, once the read side has it (the loop proposes by itself). */
    private int awaitRevision(String spec, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(WorkspaceSession.PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<RevisionView> found = specifications.revisions(spec).stream()
                    .filter(r -> r.status().equals(status)).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found.get().revision();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + status + " revision of " + spec + " in " + WorkspaceSession.PATIENCE);
    }
}
