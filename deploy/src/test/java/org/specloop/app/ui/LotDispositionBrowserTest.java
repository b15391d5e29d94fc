package org.specloop.app.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.ALICE;
import static org.specloop.app.TestUsers.BOB;

/**
 * A material review in a real browser: qe.alice asks for a deviation on a lot nobody measured, cannot
 * sign it herself, and qe.bob signs it with his password; the lot page then shows it released under
 * the deviation. Screenshots of both steps are kept in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotDispositionBrowserTest {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    WebDriver browser;
    WorkspaceSession at;
    private final String lot = "LOT-UI-MRB-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        commands.sendAndWait(new ReceiveMagnetLot(lot, "SUP-UI", "PN-UI-MRB", "42SH", 200, new DeclaredChain(List.of(), null),
                List.of("COA-UI-1"), Instant.parse("2026-01-05T06:00:00Z")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLotNobodyMeasuredIsReleasedOnlyWithASecondPersonsSignature() {
        at.logIn(ALICE);
        openLot();
        new Select(browser.findElement(By.id("deviation-disposition"))).selectByValue("USE_AS_IS");
        at.type("deviation-reason", "Certificate COA-UI-1 and the supplier's SPC reviewed; no sample left to measure");
        browser.findElement(By.id("deviation-button")).click();
        at.await().until(d -> d.findElements(By.cssSelector("[data-outcome]")).stream()
                .anyMatch(e -> e.getText().contains("requested by qe.alice")));

        openLotUntil("Sign deviation");
        at.type("approve-reason", "Looks right to me");
        at.type("approve-password", ALICE.password);
        browser.findElement(By.id("approve-button")).click();
        at.await().until(d -> at.problemText().contains("four-eyes"));
        assertThat(at.problemText()).contains("'qe.alice' authored this");
        at.screenshot("lot-deviation-requested");

        at.logIn(BOB);
        openLotUntil("Sign deviation");
        at.type("approve-reason", "MRB agrees: certificate and SPC are enough for this use");
        at.type("approve-password", BOB.password);
        browser.findElement(By.id("approve-button")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-outcome]"), "signed by qe.bob"));

        openLotUntil("Approved");
        at.await().until(d -> {
            d.navigate().refresh();
            return "Released".equals(d.findElement(By.id("disposition")).getText());
        });
        assertThat(browser.findElement(By.id("deviations")).getText()).contains("Use as is").contains("qe.alice")
                .contains("qe.bob");
        assertThat(browser.findElement(By.cssSelector(".history")).getText()).contains("LotDeviationApproved");
        // released under the deviation: nothing more to ask for
        assertThat(browser.findElements(By.id("deviation-button"))).isEmpty();
        at.screenshot("lot-deviation-signed");
    }

    private void openLot() {
        browser.get("http://localhost:" + port + "/ui/lots/" + lot);
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("disposition")));
    }

    /** The read model follows the events shortly after the answer: the page is read again until it shows them. */
    private void openLotUntil(String text) {
        at.await().until(d -> {
            openLot();
            return d.findElement(By.tagName("main")).getText().contains(text);
        });
    }

}
