package org.specloop.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.ALICE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A quality engineer imports the documented sample file (docs/examples/lab-import.csv) through the
 * import page: the mapping is prefilled from the header, the file goes to the public API, and the
 * report lists the stored rows and the refused one with its reason. The lot's page then shows them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabImportBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    WebDriver browser;
    WorkspaceSession session;
    private final String lot = "LOT-UI-CSV-" + UUID.randomUUID().toString().substring(0, 8);
    private Path file;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start();
        session = new WorkspaceSession(browser, port);
        commands.sendAndWait(new ReceiveMagnetLot(lot, "SUP-UI", "PN-UI-CSV", "42SH", 200, new DeclaredChain(List.of(), null),
                List.of("COA-UI-CSV"), Instant.parse("2026-01-05T06:00:00Z")));
        String sample = Files.readString(Path.of("../docs/examples/lab-import.csv"), StandardCharsets.UTF_8);
        file = Files.createTempFile("lab-import", ".csv");
        Files.writeString(file, sample.replace("LOT-CSV-0001", lot), StandardCharsets.UTF_8);
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aQualityEngineerImportsAnInstrumentFileAndSeesEachLinesOutcome() {
        session.logIn(ALICE);
        session.open("/ui/lots");
        await().until(ExpectedConditions.elementToBeClickable(By.id("lot-import"))).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("csv-file")));

        browser.findElement(By.id("csv-file")).sendKeys(file.toAbsolutePath().toString());
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("csv-summary"), "4 rows"));
        assertThat(browser.findElement(By.id("csv-summary")).getText()).contains("9 columns").contains("semicolons");
        assertThat(selected("map-lotId")).isEqualTo("Lot");
        assertThat(selected("map-measuredAt")).isEqualTo("Measured at");
        assertThat(selected("map-testTemperature")).isEqualTo("T [degC]");
        assertThat(browser.findElement(By.id("map-testTemperatureUnit")).getAttribute("value")).isEqualTo("degC");
        WebElement hcj = browser.findElement(By.cssSelector("#value-columns tr[data-column='HcJ [kA/m]']"));
        assertThat(hcj.findElement(By.className("value-import")).isSelected()).isTrue();
        assertThat(hcj.findElement(By.className("value-property")).getAttribute("value")).isEqualTo("HcJ");
        assertThat(hcj.findElement(By.className("value-unit")).getAttribute("value")).isEqualTo("kA/m");
        assertThat(browser.findElement(By.cssSelector("#value-columns tr[data-column='Lot'] .value-import")).isSelected())
                .isFalse();

        type("import-lab", "QC lab");
        type("import-instrument", "HG-200");
        browser.findElement(By.id("import-button")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "accepted"));

        assertThat(browser.findElement(By.id("import-summary")).getText()).isEqualTo("3 accepted, 0 already known, 1 refused.");
        WebElement refused = browser.findElement(By.cssSelector("#import-lines tr.refused"));
        assertThat(refused.getAttribute("data-line")).isEqualTo("4");
        assertThat(refused.findElement(By.className("reason")).getText()).contains("values[2].value")
                .contains("plausible").contains("column \"HcJ [kA/m]\"");
        assertThat(browser.findElements(By.cssSelector("#import-lines tr.accepted"))).hasSize(3);
        session.scrollTo(By.id("import-report"));
        screenshot("lab-import-report");

        session.openUntil("/ui/lots/" + lot, "S-02");
    }

    @Test
    void aMappingTheApiCannotUseIsShownAsItsProblemAndNothingIsStored() {
        session.logIn(ALICE);
        session.open("/ui/lots/import");
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("csv-file")));
        browser.findElement(By.id("csv-file")).sendKeys(file.toAbsolutePath().toString());
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("csv-summary"), "4 rows"));
        type("import-lab", "QC lab");
        type("import-instrument", "HG-200");
        type("import-zone", "Mars/Olympus");
        browser.findElement(By.id("import-button")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-problem"), "Mars/Olympus"));
        assertThat(browser.findElement(By.id("import-problem")).getText())
                .contains("timeZone 'Mars/Olympus' is not a time zone");
        assertThat(browser.findElement(By.id("import-report")).isDisplayed()).isFalse();
        session.scrollTo(By.id("import-problem"));
        screenshot("lab-import-problem");

        // no property column ticked: the page says so instead of letting the API fall back to the header
        browser.findElements(By.cssSelector("#value-columns .value-import")).stream().filter(WebElement::isSelected)
                .forEach(WebElement::click);
        type("import-zone", "");
        browser.findElement(By.id("import-button")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-problem"), "property column"));
    }

    private String selected(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private void type(String id, String text) {
        session.type(id, text);
    }

    private WebDriverWait await() {
        return session.await();
    }

    private void screenshot(String name) {
        session.screenshot(name);
    }
}
