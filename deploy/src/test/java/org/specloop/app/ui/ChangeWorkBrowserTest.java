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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.TestUsers;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.change.ChangeReadModel;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.ADMIN;
import static org.specloop.app.TestUsers.ALICE;
import static org.specloop.app.TestUsers.BOB;
import static org.specloop.app.TestUsers.CAROL;

/**
 * Issue 21's engineering-change work in a real browser: qe.alice plans a change raised by someone else,
 * has a wrong plan refused beside the form, attaches a lot, enters evidence until it is complete and sees
 * the decision forms appear (and signs with them: someone else raised the change); an administrator reads
 * a change without any form; and a proposal of the loop is redrafted in one step (rejected with a
 * signature, its content drafted again) into the draft editor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "specloop.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeWorkBrowserTest {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The actor name the loop's proposal policy drafts and proposes under (LoopActors.TRANSFER_FUNCTION). */
    static final String LOOP = "loop:transfer-function";
    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    /** Raised by qe.bob, so that qe.alice may sign its decision once she has completed the evidence. */
    final String change = "EC-UI-WORK-" + suffix;
    /** Left raised, for reading without the quality engineer role. */
    final String unplanned = "EC-UI-READ-" + suffix;
    final String spec = "SPEC-UI-REDRAFT-" + suffix;

    @LocalServerPort
    int port;
    @Autowired
    ChangeReadModel changes;
    @Autowired
    SpecificationReadModel specifications;
    @Autowired
    CommandGateway commands;
    WebDriver browser;
    WorkspaceSession at;

    @BeforeAll
    void startBrowserAndRaiseChanges() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        for (String id : List.of(change, unplanned)) {
            commands.sendAndWait(new RaiseEngineeringChange(id, ChangeTrigger.SPEC_REVISION, "HcJ margin for the pump motor",
                    "Requalify the 42SH rotor magnet after the HcJ revision", null, List.of(), List.of(), BOB.username));
        }
        awaitThat(() -> changes.one(change).isPresent() && changes.one(unplanned).isPresent(), "the changes are readable");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aQualityEngineerPlansAChangeAndAWrongPlanIsRefusedBesideTheForm() {
        at.logIn(ALICE);
        browser.get(at.url("/ui/engineering-changes/" + change));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("plan-button")));
        assertThat(at.text(By.id("change-status"))).isEqualTo("Raised");
        assertThat(browser.findElements(By.id("evidence-form"))).as("no evidence before a plan").isEmpty();

        WebElement first = planRows().get(0);
        first.findElement(By.cssSelector("[data-field=itemId]")).sendKeys("CERT-COMP");
        first.findElement(By.cssSelector("[data-field=description]")).sendKeys("Composition certificate of the new alloy");
        first.findElement(By.cssSelector("[data-field=evidenceType]")).sendKeys("CERTIFICATE");
        WebElement required = first.findElement(By.cssSelector("[data-field=required]"));
        required.clear();
        required.sendKeys("0");
        // a date input's typing order follows the browser's locale; the value itself is ISO
        ((JavascriptExecutor) browser).executeScript("document.getElementById('plan-due').value = '2027-12-31'");
        browser.findElement(By.id("plan-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-problem"),
                "items[0].required"));
        assertThat(at.text(By.id("plan-problem"))).contains("must be at least 1");
        assertThat(browser.findElement(By.id("plan-problem")).getAttribute("role")).isEqualTo("alert");
        at.screenshot("change-work-plan-refused");

        required.clear();
        required.sendKeys("1");
        browser.findElement(By.id("add-plan-item")).click();
        WebElement second = planRows().get(1);
        second.findElement(By.cssSelector("[data-field=itemId]")).sendKeys("AUDIT-PROC");
        second.findElement(By.cssSelector("[data-field=description]")).sendKeys("Process audit at the magnet maker");
        second.findElement(By.cssSelector("[data-field=evidenceType]")).sendKeys("AUDIT_REPORT");
        WebElement secondRequired = second.findElement(By.cssSelector("[data-field=required]"));
        secondRequired.clear();
        secondRequired.sendKeys("2");
        browser.findElement(By.id("plan-button")).click();

        at.await().until(ExpectedConditions.textToBe(By.id("change-status"), "Planned"));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("evidence-button")));
        assertThat(at.text(By.id("plan"))).contains("CERT-COMP").contains("AUDIT-PROC").contains("0 of 2");
        assertThat(at.text(By.id("completeness"))).isEqualTo("0 %");
        assertThat(at.text(By.id("change-work-outcome"))).contains("Plan saved");
        assertThat(browser.findElements(By.id("plan-form"))).as("a change is planned once").isEmpty();
        assertThat(changes.one(change).orElseThrow().change().dueDate()).hasToString("2027-12-31");
        at.screenshot("change-work-planned");
    }

    @Test
    @Order(3)
    void evidenceIsEnteredUntilCompleteAndTheDecisionFormsAppearAndWork() throws Exception {
        at.logIn(ALICE);
        browser.get(at.url("/ui/engineering-changes/" + change));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("evidence-button")));
        assertThat(browser.findElements(By.id("sign-title"))).as("no decision before the evidence is complete").isEmpty();

        // a reference is required: the API's refusal is shown beside the form
        browser.findElement(By.id("evidence-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-problem"),
                "evidenceReference"));
        at.screenshot("change-work-evidence-refused");

        enterEvidence("CERT-COMP", "COA-2026-117");
        at.await().until(ExpectedConditions.textToBe(By.id("completeness"), "33 %"));
        assertThat(at.text(By.id("change-work-outcome"))).contains("COA-2026-117 recorded for CERT-COMP");
        at.screenshot("change-work-evidence-partial");

        enterEvidence("AUDIT-PROC", "AUD-MAG-DE-1-2026");
        at.await().until(ExpectedConditions.textToBe(By.id("completeness"), "67 %"));
        enterEvidence("AUDIT-PROC", "AUD-MAG-DE-1-2026-FOLLOW-UP");
        at.await().until(ExpectedConditions.textToBe(By.id("completeness"), "100 %"));
        assertThat(at.text(By.id("change-status"))).isEqualTo("Evidence complete");
        assertThat(at.text(By.id("change-work-outcome"))).contains("The evidence is complete");
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("approve-button")));
        assertThat(browser.findElements(By.id("reject-button"))).hasSize(1);
        assertThat(at.text(By.id("plan"))).contains("AUD-MAG-DE-1-2026, AUD-MAG-DE-1-2026-FOLLOW-UP");
        at.screenshot("change-work-evidence-complete");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('sign-title').scrollIntoView()");
        at.screenshot("change-work-decision-forms");

        // the refreshed content's signing forms are live (htmx processed them when they were swapped in)
        browser.findElement(By.id("approve-reason")).sendKeys("Certificate and audits reviewed");
        browser.findElement(By.id("approve-password")).sendKeys(ALICE.password);
        browser.findElement(By.id("approve-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sign-title ~ .signing [data-outcome]"),
                "approved by qe.alice"));
        awaitThat(() -> "APPROVED".equals(changes.one(change).orElseThrow().change().status()), change + " approved");
    }

    @Test
    @Order(2)
    void aLotIsAttachedToTheChange() {
        at.logIn(ALICE);
        browser.get(at.url("/ui/engineering-changes/" + change));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("lot-button")));
        // a lot of its own, so that the demo lots other browser tests read keep their history
        String lot = "LOT-UI-WORK-" + suffix;
        browser.findElement(By.id("lot-id")).sendKeys(lot);
        browser.findElement(By.id("lot-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-work-outcome"), lot + " attached"));
        assertThat(at.text(By.id("change-lots"))).contains(lot);
        at.screenshot("change-work-lot-attached");
    }

    @Test
    @Order(4)
    void someoneWithoutTheQualityEngineerRoleReadsTheChangeWithoutForms() {
        at.logIn(ADMIN);
        browser.get(at.url("/ui/engineering-changes/" + unplanned));
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("change-work-readonly")));
        assertThat(browser.findElements(By.cssSelector("#plan-form, #evidence-form, #lot-form"))).isEmpty();
        at.screenshot("change-work-read-only");

        browser.get(at.url("/ui/engineering-changes/" + change));
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
        assertThat(browser.findElements(By.cssSelector("#plan-form, #evidence-form, #lot-form, #approve-button"))).isEmpty();
        assertThat(at.text(By.id("completeness"))).isEqualTo("100 %");
        assertThat(at.text(By.id("change-status"))).isEqualTo("Approved");
    }

    @Test
    @Order(5)
    void aLoopProposalIsRedraftedIntoTheEditorWithItsContentAndIsRejected() throws Exception {
        commands.sendAndWait(new CreateSpecification(spec, "RTR-MAG-REDRAFT-" + suffix, "42SH", "Redraft rotor magnet",
                content(1592.0), ALICE.username));
        commands.sendAndWait(new ProposeRevision(spec, 1, ALICE.username));
        commands.sendAndWait(new ApproveRevision(spec, 1, BOB.username, "baseline", SignatureMeaning.APPROVED, null));
        commands.sendAndWait(new DraftRevision(spec, content(1650.0), "HcJ minimum derived from the pump motors' demagnetization",
                LOOP));
        commands.sendAndWait(new ProposeRevision(spec, 2, LOOP));
        awaitThat(() -> status(2).equals("PROPOSED"), spec + " revision 2 proposed");

        // without the approver role the rejection's signature would be refused: the flow is explained, not offered
        at.logIn(CAROL);
        browser.get(at.url("/ui/specifications/" + spec + "/revisions/2"));
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("redraft-proposal-title")));
        assertThat(browser.findElements(By.id("redraft-proposal-form"))).isEmpty();

        at.logIn(ALICE);
        browser.get(at.url("/ui/specifications/" + spec + "/revisions/2"));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("redraft-proposal-button")));
        browser.findElement(By.id("redraft-proposal-reason")).sendKeys("Start from the loop's HcJ and add a Dy limit");
        browser.findElement(By.id("redraft-proposal-password")).sendKeys("not-her-password");
        browser.findElement(By.id("redraft-proposal-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#redraft-proposal-title ~ [data-problem]"), "re-authentication"));
        assertThat(status(2)).as("a refused signature rejects nothing").isEqualTo("PROPOSED");
        at.screenshot("redraft-proposal-refused");

        browser.findElement(By.id("redraft-proposal-password")).clear();
        browser.findElement(By.id("redraft-proposal-password")).sendKeys(ALICE.password);
        browser.findElement(By.id("redraft-proposal-button")).click();
        at.await().until(ExpectedConditions.urlContains("/ui/specifications/" + spec + "/revisions/3/edit"));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("save-button")));
        WebElement hcj = browser.findElements(By.cssSelector("#limits [data-row]")).stream()
                .filter(r -> "HcJ".equals(new Select(r.findElement(By.cssSelector("[data-field=characteristic]")))
                        .getFirstSelectedOption().getAttribute("value")))
                .findFirst().orElseThrow();
        assertThat(hcj.findElement(By.cssSelector("[data-field=min]")).getAttribute("value")).isEqualTo("1650");
        at.screenshot("redraft-proposal-editor");

        RevisionView rejected = specifications.revision(spec, 2).orElseThrow();
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.rejector()).isEqualTo(ALICE.username);
        assertThat(rejected.decisionReason()).isEqualTo("Start from the loop's HcJ and add a Dy limit");
        RevisionView draft = specifications.revision(spec, 3).orElseThrow();
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.author()).isEqualTo(ALICE.username);
        assertThat(draft.content()).isEqualTo(specifications.revision(spec, 2).orElseThrow().content());
    }

    private static RevisionContent content(double hcjMin) {
        return new RevisionContent(List.of(new CharacteristicLimit(Characteristic.HCJ, hcjMin, null, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.BR, 1.28, 1.36, null, 20.0, null)), List.of(), SourcingRules.none(), 150.0);
    }

    private String status(int revision) {
        return specifications.revision(spec, revision).map(RevisionView::status).orElse("absent");
    }

    private void enterEvidence(String itemId, String reference) {
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("evidence-button")));
        new Select(browser.findElement(By.id("evidence-item"))).selectByValue(itemId);
        browser.findElement(By.id("evidence-reference")).sendKeys(reference);
        browser.findElement(By.id("evidence-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-work-outcome"), reference + " recorded"));
    }

    private List<WebElement> planRows() {
        return browser.findElements(By.cssSelector("#plan-items [data-row]"));
    }

    private static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " did not happen in " + PATIENCE);
    }
}
