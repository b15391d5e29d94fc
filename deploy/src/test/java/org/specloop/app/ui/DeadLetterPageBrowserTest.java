package org.specloop.app.ui;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.specloop.app.deadletter.DeadLetterWorkflowTest;
import org.specloop.app.deadletter.DeadLetterWorkflowTest.PoisonedProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/** The administrator finds a parked event on the dead-letter page and evicts it with a reason, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DeadLetterWorkflowTest.Probe.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterPageBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    PoisonedProjection projection;
    WebDriver browser;
    WorkspaceSession at;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorEvictsAParkedEventWithAReason() throws Exception {
        projection.broken = true;
        ApiClient api = new ApiClient(port);
        String lot = "LOT-POISON-UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post("/api/lots", "qe.alice", """
                {"lotId": "%s", "supplierId": "SUP-DL", "partNumber": "PN-DL-UI", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                .formatted(lot, Instant.now())).status()).isEqualTo(201);
        eventually(Duration.ofSeconds(20), Duration.ofMillis(100), () -> assertThat(
                api.get("/api/dead-letters/" + DeadLetterWorkflowTest.GROUP, TestUsers.ADMIN.username).body().toString())
                .contains(lot));

        String page = "http://localhost:" + port + "/ui/admin/dead-letters?group=" + DeadLetterWorkflowTest.GROUP;
        browser.get(page);
        at.await().until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
        browser.findElement(By.id("username")).sendKeys(TestUsers.ADMIN.username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.ADMIN.password);
        browser.findElement(By.id("login-button")).click();
        at.await().until(ExpectedConditions.textToBe(By.id("viewer"), TestUsers.ADMIN.username));
        if (!browser.getCurrentUrl().contains("dead-letters")) {
            browser.get(page);
        }
        WebElement sequence = at.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article[data-sequence='" + lot + "']")));
        assertThat(sequence.getText()).contains("probe cannot store lot " + lot, "MagnetLotReceived");
        at.screenshot("dead-letters");

        sequence.findElement(By.name("reason")).sendKeys("supplier withdrew the lot");
        sequence.findElement(By.xpath(".//button[text()='Evict']")).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Evicted 1 event(s)"));
        assertThat(browser.findElements(By.cssSelector("article[data-sequence='" + lot + "']"))).isEmpty();
        assertThat(browser.findElement(By.id("evictions")).getText()).contains("supplier withdrew the lot", "admin", lot);
        at.screenshot("dead-letters-evicted");
    }

}
