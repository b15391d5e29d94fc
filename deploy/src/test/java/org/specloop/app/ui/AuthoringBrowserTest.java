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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.TestUsers;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.ALICE;
import static org.specloop.app.TestUsers.BOB;
import static org.specloop.app.TestUsers.CAROL;

/**
 * Issue 21's authoring in a real browser: qe.carol finds a spec by searching, creates one, drafts a
 * revision from the one in force, edits a limit in another unit while the diff follows her typing, has a
 * wrong limit refused in the form, proposes the draft (qe.alice finds it in her inbox), and discards a
 * draft, after which the spec takes a new draft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "specloop.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthoringBrowserTest {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    /** In force from the start, for drafting against: made by commands, the way the API would. */
    final String inForce = "SPEC-UI-AUTH-" + suffix;
    /** Created in the browser. */
    final String created = "SPEC-UI-NEW-" + suffix;

    @LocalServerPort
    int port;
    @Autowired
    SpecificationReadModel specifications;
    @Autowired
    CommandGateway commands;
    WebDriver browser;
    WorkspaceSession at;

    @BeforeAll
    void startBrowserAndPutASpecInForce() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        RevisionContent content = new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.BR, 1.28, 1.36, null, 20.0, null)),
                List.of(), SourcingRules.none(), 150.0);
        commands.sendAndWait(new CreateSpecification(inForce, "RTR-MAG-AUTH-" + suffix, "42SH", "Authoring rotor magnet",
                content, ALICE.username));
        commands.sendAndWait(new ProposeRevision(inForce, 1, ALICE.username));
        commands.sendAndWait(new ApproveRevision(inForce, 1, BOB.username, "baseline for the authoring test",
                SignatureMeaning.APPROVED, null));
        awaitRevision(inForce, 1, "EFFECTIVE");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aSpecificationIsFoundBySearchingAnyOfItsNames() {
        at.logIn(CAROL);
        browser.findElement(By.linkText("Specifications")).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("specifications")));
        browser.findElement(By.id("f-q")).sendKeys("auth-" + suffix.toLowerCase());
        at.await().until(d -> d.findElement(By.id("spec-total")).getText().equals("1"));
        assertThat(at.text(By.id("specifications"))).contains(inForce).contains("Authoring rotor magnet").contains("rev 1");
        at.screenshot("authoring-specification-search");

        browser.findElement(By.linkText(inForce)).click();
        at.await().until(ExpectedConditions.textToBe(By.id("in-force"), "1"));
        assertThat(browser.findElements(By.id("new-draft-link"))).hasSize(1);
    }

    @Test
    @Order(2)
    void aSpecificationIsCreatedWithItsLimitsAndLandsInItsDraftEditor() {
        at.logIn(CAROL);
        browser.get(at.url("/ui/specifications"));
        browser.findElement(By.id("new-spec-link")).click();
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("create-button")));
        browser.findElement(By.id("spec-part")).sendKeys("RTR-MAG-NEW-" + suffix);
        browser.findElement(By.id("spec-grade")).sendKeys("38UH");
        browser.findElement(By.id("spec-title")).sendKeys("New pump magnet");
        browser.findElement(By.id("spec-id")).sendKeys(created);
        browser.findElement(By.id("add-limit")).click();
        WebElement row = browser.findElements(By.cssSelector("#limits [data-row]")).get(0);
        new Select(row.findElement(By.cssSelector("[data-field=characteristic]"))).selectByValue("HcJ");
        assertThat(new Select(row.findElement(By.cssSelector("[data-field=unit]"))).getFirstSelectedOption().getText())
                .isEqualTo("kA/m");
        row.findElement(By.cssSelector("[data-field=min]")).sendKeys("1990");
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-diff"), "characteristics/HCJ@20degC/min"));
        assertThat(at.text(By.id("live-diff"))).contains("Added").contains("1990 kA/m");
        at.screenshot("authoring-new-specification");

        browser.findElement(By.id("create-button")).click();
        at.await().until(ExpectedConditions.urlContains("/ui/specifications/" + created + "/revisions/1/edit"));
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("save-button")));
        assertThat(browser.findElement(By.cssSelector("#limits [data-field=min]")).getAttribute("value")).isEqualTo("1990");
    }

    @Test
    @Order(3)
    void aDraftIsEditedWithTheDiffFollowingAndProposedToAnotherEngineersInbox() {
        at.logIn(CAROL);
        browser.get(at.url("/ui/specifications/" + inForce));
        browser.findElement(By.id("new-draft-link")).click();
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("draft-button")));
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-diff"), "No field differs"));
        browser.findElement(By.id("draft-reason")).sendKeys("HcJ margin for the 2027 motor");
        browser.findElement(By.id("draft-button")).click();
        at.await().until(ExpectedConditions.urlContains("/ui/specifications/" + inForce + "/revisions/2/edit"));

        WebElement hcj = limitRow("HcJ");
        new Select(hcj.findElement(By.cssSelector("[data-field=unit]"))).selectByValue("kOe");
        WebElement min = hcj.findElement(By.cssSelector("[data-field=min]"));
        min.clear();
        min.sendKeys("20.2");
        // 20.2 kOe is 1607.46 kA/m: the diff is read in the unit the revision is stored in
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-diff"), "1607.46 kA/m"));
        assertThat(at.text(By.id("diff"))).contains("characteristics/HCJ@20degC/min").contains("Changed").contains("1592 kA/m");
        at.screenshot("authoring-draft-live-diff");

        // composition and sourcing rules per tier are edited the same way
        browser.findElement(By.xpath("//button[text()='Add an element']")).click();
        WebElement element = browser.findElement(By.cssSelector("[data-rows=composition] [data-row]"));
        element.findElement(By.cssSelector("[data-field=element]")).sendKeys("Dy");
        element.findElement(By.cssSelector("[data-field=max]")).sendKeys("4");
        browser.findElement(By.xpath("//button[text()='Add a qualified source']")).click();
        WebElement source = browser.findElement(By.cssSelector("[data-rows=qualifiedSources] [data-row]"));
        new Select(source.findElement(By.cssSelector("[data-field=tier]"))).selectByValue("MAGNET_MAKER");
        source.findElement(By.cssSelector("[data-field=sourceId]")).sendKeys("MAG-DE-1");
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-diff"), "sourcingRules/qualifiedSources/MAGNET_MAKER"));
        assertThat(at.text(By.id("diff"))).contains("composition/Dy/max").contains("4 wt%").contains("[MAG-DE-1]");

        WebElement brMax = limitRow("Br").findElement(By.cssSelector("[data-field=max]"));
        brMax.clear();
        brMax.sendKeys("1.1");
        browser.findElement(By.id("save-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-problem]"), "must not be below min"));
        at.screenshot("authoring-draft-refused");
        brMax.clear();
        brMax.sendKeys("1.36");
        browser.findElement(By.id("save-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-outcome]"), "Draft saved"));
        assertThat(at.text(By.cssSelector("[data-problem]"))).isEmpty();

        browser.findElement(By.id("propose-button")).click();
        at.await().until(ExpectedConditions.urlToBe(at.url("/ui/specifications/" + inForce + "/revisions/2")));
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "PROPOSED"));
        assertThat(at.text(By.id("diff"))).contains("1607.46 kA/m").contains("composition/Dy/max")
                .contains("sourcingRules/qualifiedSources/MAGNET_MAKER");

        at.logIn(ALICE);
        WebElement waiting = at.await().until(ExpectedConditions.elementToBeClickable(By.linkText(inForce + " rev 2")));
        at.screenshot("authoring-proposal-in-inbox");
        waiting.click();
        at.await().until(ExpectedConditions.textToBe(By.id("revision-status"), "PROPOSED"));
    }

    @Test
    @Order(4)
    void aDiscardedDraftNoLongerBlocksTheSpecification() {
        at.logIn(CAROL);
        browser.get(at.url("/ui/specifications/" + created));
        assertThat(browser.findElements(By.id("new-draft-link"))).as("revision 1 is an open draft").isEmpty();
        browser.findElement(By.id("open-draft-link")).click();
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("discard-button")));
        browser.findElement(By.id("discard-reason")).sendKeys("Wrong grade: the pump uses 42SH");
        browser.findElement(By.id("discard-button")).click();
        at.await().until(ExpectedConditions.alertIsPresent()).accept();
        at.await().until(ExpectedConditions.urlToBe(at.url("/ui/specifications/" + created)));
        assertThat(at.text(By.id("revisions"))).contains("Discarded");
        assertThat(at.text(By.id("history-title")).isEmpty()).isFalse();
        assertThat(at.text(By.tagName("main"))).contains("discarded draft revision 1: Wrong grade: the pump uses 42SH");
        at.screenshot("authoring-discarded");

        browser.findElement(By.id("new-draft-link")).click();
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("draft-button")));
        browser.findElement(By.id("draft-reason")).sendKeys("Second try with the right grade");
        browser.findElement(By.id("draft-button")).click();
        at.await().until(ExpectedConditions.urlContains("/ui/specifications/" + created + "/revisions/2/edit"));
        assertThat(specifications.revision(created, 2)).get().extracting(RevisionView::status).isEqualTo("DRAFT");
    }

    private WebElement limitRow(String characteristic) {
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#limits [data-row]")));
        return browser.findElements(By.cssSelector("#limits [data-row]")).stream()
                .filter(r -> characteristic.equals(new Select(r.findElement(By.cssSelector("[data-field=characteristic]")))
                        .getFirstSelectedOption().getAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + characteristic + " row"));
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
