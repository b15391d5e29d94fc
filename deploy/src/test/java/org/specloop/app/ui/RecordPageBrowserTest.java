package org.specloop.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.ALICE;
import static org.specloop.app.TestUsers.BOB;
import static org.specloop.app.TestUsers.CAROL;

/**
 * The printable approval record in a real browser: reached from the revision page's link, it shows the
 * changed limit and the signatures, links the PDF, and on paper (print media) drops the navigation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordPageBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final String spec = "SPEC-RECORD-UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    SpecificationReadModel specifications;
    WebDriver browser;
    WorkspaceSession at;

    @BeforeAll
    void approveTwoRevisions() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        commands.sendAndWait(new CreateSpecification(spec, "PN-" + spec, "42SH", "Rotor magnet, record", content(1592), ALICE.username));
        commands.sendAndWait(new ProposeRevision(spec, 1, ALICE.username));
        commands.sendAndWait(new ApproveRevision(spec, 1, BOB.username, "initial issue", SignatureMeaning.APPROVED, null));
        awaitStatus(1, "EFFECTIVE");
        commands.sendAndWait(new DraftRevision(spec, content(1600), "tighten HcJ after drift", ALICE.username));
        commands.sendAndWait(new ProposeRevision(spec, 2, ALICE.username));
        commands.sendAndWait(new ApproveRevision(spec, 2, BOB.username, "capability study attached",
                SignatureMeaning.APPROVED, null));
        awaitStatus(2, "EFFECTIVE");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theRevisionPageLinksAPrintableRecordThatDropsTheNavigationOnPaper() {
        String revisionPage = "http://localhost:" + port + "/ui/specifications/" + spec + "/revisions/2";
        browser.get(revisionPage);
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
        browser.findElement(By.id("username")).sendKeys(CAROL.username);
        browser.findElement(By.id("password")).sendKeys(CAROL.password);
        browser.findElement(By.id("login-button")).click();
        at.await().until(ExpectedConditions.textToBe(By.id("viewer"), CAROL.username));
        if (!browser.getCurrentUrl().endsWith("/revisions/2")) {
            browser.get(revisionPage);
        }
        assertThat(browser.findElement(By.id("approval-record-pdf")).getAttribute("href"))
                .endsWith("/api/specifications/" + spec + "/revisions/2/record");
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("approval-record"))).click();

        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("signatures")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Approval record: " + spec + " revision 2");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("characteristics/HCJ@20degC/min CHANGED 1592 kA/m 1600 kA/m");
        String signatures = browser.findElement(By.id("signatures")).getText();
        assertThat(signatures).contains("Proposed for approval qe.alice", "PROPOSED")
                .contains("Approval signature qe.bob", "APPROVED capability study attached").contains(" UTC ");
        assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).isTrue();
        at.screenshot("approval-record-revision");

        ((ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).as("no navigation on paper").isFalse();
            assertThat(browser.findElement(By.id("record-pdf")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("signatures")).isDisplayed()).isTrue();
            at.screenshot("approval-record-revision-print");
        } finally {
            ((ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static RevisionContent content(double hcjMin) {
        return new RevisionContent(List.of(new CharacteristicLimit(Characteristic.HCJ, hcjMin, null, null, 20.0, null)),
                List.of(), SourcingRules.none(), 150.0);
    }

    private void awaitStatus(int revision, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (specifications.revision(spec, revision).filter(r -> r.status().equals(status)).isPresent()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(spec + " revision " + revision + " is not " + status + " after " + PATIENCE);
    }

}
