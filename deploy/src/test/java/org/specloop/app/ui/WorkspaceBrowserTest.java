package org.specloop.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.TestUsers;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.ALICE;
import static org.specloop.app.TestUsers.BOB;

/**
 * The newcomer's path of issue 7 in a real browser on the demo data: alice finds the revision she
 * proposed and reads its evidence, four eyes stop her from approving it, bob signs it with his
 * password, and a second proposal is rejected only with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "specloop.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {
    static final String SPEC_42SH = "SPEC-RTR-42SH";
    static final String DEMO_38UH = "SPEC-RTR-38UH";
    // a spec of its own for the rejection and re-draft tests: the loop proposes revisions of the demo
    // 38UH spec by itself (docs), so those revisions are not the test's to decide
    static final String SPEC_38UH = "SPEC-UI-REVIEW-38UH";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    SpecificationReadModel specifications;
    @Autowired
    CommandGateway commands;
    @Autowired
    ControlCharts charts;
    WebDriver browser;
    WorkspaceSession at;

    @BeforeAll
    void startBrowserOnTheDemoData() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        awaitRevision(DEMO_38UH, 1, "EFFECTIVE");
        RevisionView demo = specifications.revision(DEMO_38UH, 1).orElseThrow();
        commands.sendAndWait(new CreateSpecification(SPEC_38UH, "RTR-MAG-UI-38UH", "38UH", "UI review copy of 38UH",
                demo.content(), ALICE.username));
        commands.sendAndWait(new ProposeRevision(SPEC_38UH, 1, ALICE.username));
        commands.sendAndWait(new ApproveRevision(SPEC_38UH, 1, BOB.username, "copy of the demo spec",
                SignatureMeaning.APPROVED, null));
        awaitRevision(SPEC_38UH, 1, "EFFECTIVE");
        // a second pending proposal, by alice, for bob to reject
        RevisionView first = specifications.revision(SPEC_38UH, 1).orElseThrow();
        commands.sendAndWait(new DraftRevision(SPEC_38UH, first.content(), "Re-issue for drawing change D-17", ALICE.username));
        commands.sendAndWait(new ProposeRevision(SPEC_38UH, 2, ALICE.username));
        awaitRevision(SPEC_38UH, 2, "PROPOSED");
        awaitRevision(SPEC_42SH, 2, "PROPOSED");
        awaitLoopChart(specifications.summary(SPEC_42SH).orElseThrow().partNumber(), 3);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aQualityEngineerLogsInFindsThePendingRevisionAndReadsItsEvidence() {
        at.logIn(ALICE);
        assertThat(at.text(By.id("viewer"))).isEqualTo("qe.alice");
        // four eyes in the inbox: what alice proposed waits on another approver, not on her
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-others")));
        // the inbox's items are swapped in again whenever the server says something changed (SSE): an element
        // found before a swap is stale after it, so each read finds its element afresh and is retried on a swap
        String hers = at.await().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("inbox-others"))
                .findElement(By.linkText(SPEC_38UH + " rev 2")).findElement(By.xpath("./ancestor::tr")).getText());
        assertThat(hers).contains("you proposed or raised it: another person signs");
        String mine = at.await().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("inbox")).getText());
        assertThat(mine).doesNotContain(SPEC_38UH + " rev 2");
        at.screenshot("inbox-alice");
        at.await().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement link = ExpectedConditions.elementToBeClickable(By.linkText(SPEC_42SH + " rev 2")).apply(d);
            if (link == null) {
                return false;
            }
            link.click();
            return true;
        });

        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "PROPOSED"));
        String diff = at.text(By.id("diff"));
        assertThat(diff).contains("HCJ").contains("1592 kA/m").contains("1600 kA/m");
        // the loop's control chart of the part's magnet maker, drawn by ECharts into a canvas
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-control-chart] canvas")));
        assertThat(browser.findElement(By.cssSelector("[data-control-chart]")).getAttribute("aria-label"))
                .contains("from MAG-DE-1").contains("3 lots (15 samples)");
        assertThat(at.text(By.tagName("main"))).contains("the loop charts each source at 20 °C only");
        assertThat(at.text(By.id("transfer-functions"))).contains("No transfer-function evidence yet");
        at.screenshot("revision-proposed-42sh");
        WebElement chart = browser.findElement(By.cssSelector("[data-control-chart]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", chart);
        screenshot("revision-proposed-42sh-chart", chart);
    }

    /** The loop's headline evidence: the revision it proposed shows the motors' fit it derived the limit from. */
    @Test
    @Order(8)
    void aLoopProposalShowsTheTransferFunctionItRestsOn() throws InterruptedException {
        int revision = awaitLoopProposal(DEMO_38UH);
        at.logIn(ALICE);
        openRevision(DEMO_38UH, revision);
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-transfer-chart] canvas")));
        assertThat(browser.findElement(By.cssSelector("[data-transfer-chart]")).getAttribute("aria-label"))
                .contains("PUMP-M7").contains("against BR").containsPattern("with [1-9][0-9]* points");
        assertThat(at.text(By.id("transfer-functions"))).doesNotContain("No transfer-function evidence yet")
                .contains("derived limit");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("transfer-functions")));
        at.screenshot("revision-loop-proposal-38uh");
    }

    @Test
    @Order(2)
    void theProposerCannotApproveHerOwnRevision() {
        at.logIn(ALICE);
        openRevision(SPEC_42SH, 2);
        at.sign("approve", "Looks right to me", ALICE.password);

        at.await().until(d -> at.problemText().contains("four-eyes"));
        assertThat(at.problemText()).contains("'qe.alice' authored this");
        assertThat(specifications.revision(SPEC_42SH, 2).orElseThrow().status()).isEqualTo("PROPOSED");
    }

    @Test
    @Order(3)
    void aSecondPersonApprovesWithASignatureAndTheRevisionBecomesEffective() {
        at.logIn(BOB);
        openRevision(SPEC_42SH, 2);
        at.sign("approve", "HcJ margin after LOT-42SH-0002", "not-my-password");
        at.await().until(d -> at.problemText().contains("password does not match"));

        at.sign("review", "Checked the HcJ chart against both limits", BOB.password);
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-outcome]"), "signed as reviewed by qe.bob"));

        at.sign("approve", "HcJ margin after LOT-42SH-0002", BOB.password);
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-outcome]"), "approved by qe.bob"));
        // the status section refreshes itself over server-sent events once the projection has the decision
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "EFFECTIVE"));
        assertThat(at.text(By.id("signed-by"))).contains("qe.bob").contains("APPROVED").contains("HcJ margin").contains("UTC");
        browser.navigate().refresh();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".history"), "RevisionReviewed"));
    }

    @Test
    @Order(4)
    void aRejectionWithoutAReasonIsRefused() {
        at.logIn(BOB);
        openRevision(SPEC_38UH, 2);
        at.sign("reject", "", BOB.password);

        at.await().until(d -> at.problemText().contains("reason-required"));
        assertThat(specifications.revision(SPEC_38UH, 2).orElseThrow().status()).isEqualTo("PROPOSED");
    }

    @Test
    @Order(5)
    void aRejectionWithAReasonIsRecorded() {
        at.logIn(BOB);
        openRevision(SPEC_38UH, 2);
        at.sign("reject", "Drawing change D-17 was withdrawn", BOB.password);

        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-outcome]"), "rejected by qe.bob"));
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "REJECTED"));
        assertThat(at.text(By.id("rejected-by"))).contains("qe.bob").contains("Drawing change D-17 was withdrawn");
    }

    @Test
    @Order(6)
    void goingBackToAnEarlierRevisionDraftsANewOne() throws InterruptedException {
        at.logIn(BOB);
        openRevision(SPEC_38UH, 1);
        browser.findElement(By.id("redraft-reason")).sendKeys("Back to revision 1 after the withdrawn drawing change");
        browser.findElement(By.id("redraft-button")).click();

        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-outcome]"), "Revision 3 drafted"));
        awaitRevision(SPEC_38UH, 3, "DRAFT");
        assertThat(specifications.revision(SPEC_38UH, 3)).isPresent().get()
                .extracting(RevisionView::content).isEqualTo(specifications.revision(SPEC_38UH, 1).orElseThrow().content());
        // the new draft opens in the editor, with the content it was drafted from
        browser.findElement(By.cssSelector("[data-outcome] [data-next]")).click();
        at.await().until(ExpectedConditions.urlContains("/ui/specifications/" + SPEC_38UH + "/revisions/3/edit"));
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-diff"), "No field differs"));
    }

    @Test
    @Order(7)
    void lotsChangesAndSourcesShowTheirFactsWithUnitsZonesAndHistory() {
        at.logIn(ALICE);
        browser.get("http://localhost:" + port + "/ui/lots?disposition=HELD");
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lots"), "LOT-42SH-0002"));
        // the loop also holds lots of its drifting demo source, so LOT-42SH-0002 is one of several
        assertThat(Integer.parseInt(at.text(By.id("lot-total")))).isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.id("lot-export")).getAttribute("href")).as("the export keeps the filter")
                .contains("/api/lots?").contains("disposition=HELD").contains("format=csv");
        at.click(By.linkText("LOT-42SH-0002"));

        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("conformance")));
        assertThat(at.text(By.id("disposition"))).isEqualTo("Held");
        assertThat(at.text(By.id("conformance"))).contains("HcJ").contains("kA/m").contains("Fail");
        assertThat(at.text(By.id("history-title"))).isEqualTo("History");
        assertThat(browser.findElement(By.cssSelector(".history")).getText()).contains("MagnetLotReceived").contains("UTC");
        assertThat(at.text(By.id("measurements"))).as("every measured property, per sample").contains("HcJ (kA/m)")
                .contains("Br (T)");
        at.screenshot("lot-held-42sh");

        // the demo's source change, raised by the receipt of LOT-42SH-0003 from a changed chain; the
        // composition certificate is the one piece of evidence the demo never supplies
        browser.get("http://localhost:" + port + "/ui/engineering-changes/EC-SRC-LOT-42SH-0003");
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
        assertThat(at.text(By.id("completeness"))).endsWith("%").isNotEqualTo("100 %");
        assertThat(at.text(By.id("plan"))).contains("ALLOY-COMPOSITION").contains("0 of 1");
        at.screenshot("engineering-change-source");

        browser.get("http://localhost:" + port + "/ui/sources");
        assertThat(browser.findElements(By.tagName("h2")).stream().map(WebElement::getText))
                .containsSubsequence("Mine", "Concentrator", "Separator", "Metal maker", "Alloy maker", "Magnet maker");
        at.screenshot("sources");
    }

    @Test
    @Order(9)
    void timesAreInTheReadersZoneAndAMissingLotIsAPageThatSaysSo() throws Exception {
        at.logIn(ALICE);
        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
        try {
            browser.get("http://localhost:" + port + "/ui/lots/LOT-42SH-0002");
            WebElement received = at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dl.facts time")));
            at.await().until(d -> received.getText().contains("GMT+9") || received.getText().contains("JST"));
            assertThat(received.getAttribute("title")).as("the UTC instant in the tooltip").endsWith("Z");
            at.screenshot("lot-in-tokyo-time");
        } finally {
            chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
        }

        browser.get("http://localhost:" + port + "/ui/lots/LOT-NOPE-404");
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("problem-detail")));
        assertThat(at.text(By.tagName("h1"))).isEqualTo("Not Found");
        assertThat(at.text(By.id("problem-detail"))).isEqualTo("no lot 'LOT-NOPE-404'");
        assertThat(at.text(By.id("viewer"))).isEqualTo(ALICE.username);
        at.screenshot("problem-missing-lot");

        String icon = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        HttpResponse<String> favicon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(favicon.statusCode()).as("served without signing in, also on the log-in page").isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    }

    private void openRevision(String spec, int revision) {
        browser.get("http://localhost:" + port + "/ui/specifications/" + spec + "/revisions/" + revision);
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("revision-status")));
    }

    /** The loop reads the demo in a processor of its own: the page is drawn once it has charted the part's lots. */
    private void awaitLoopChart(String partNumber, int lots) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (charts.ofPart(partNumber, Characteristic.HCJ).stream().anyMatch(c -> c.points().size() >= lots)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the loop did not chart " + lots + " lots of " + partNumber + " in " + PATIENCE);
    }

    /** The revision of the spec that the loop drafted and proposed (the demo's motor evidence asks for one). */
    private int awaitLoopProposal(String spec) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<RevisionView> proposed = specifications.revisions(spec).stream()
                    .filter(r -> r.status().equals("PROPOSED")).findFirst();
            if (proposed.isPresent()) {
                return proposed.get().revision();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the loop proposed no revision of " + spec + " in " + PATIENCE);
    }

    private void screenshot(String name, TakesScreenshot of) {
        Browser.screenshot(of, name);
    }

    private void awaitRevision(String spec, int revision, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<RevisionView> view = specifications.revision(spec, revision);
            if (view.isPresent() && view.get().status().equals(status)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(spec + " revision " + revision + " did not reach " + status + " in " + PATIENCE);
    }
}
