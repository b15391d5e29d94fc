package org.specloop.app.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.TestUsers;
import org.specloop.query.search.SearchQuery;
import org.specloop.query.search.SiteSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.TestUsers.CAROL;

/**
 * Finding things and a lot's genealogy in a real browser on the demo data (issue 21): the header's search
 * box on any page finds the demo's lot 1027 and the motor built with it, the lot page shows its declared
 * chain from mine to magnet maker with each source's certificates (the separator's expired ISO 14001
 * flagged) and qualification, its samples and motors; the search also leads to a specification, and a
 * whole lot id opens the lot straight away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "specloop.demo.enabled=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAndGenealogyBrowserTest {
    static final String LOT = "LOT-38UH-1027";
    static final String MOTOR = "M7-1027";
    static final String SPEC = "SPEC-RTR-38UH";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    SiteSearch search;
    WebDriver browser;
    WorkspaceSession at;

    @BeforeAll
    void startBrowserOnTheDemoData() throws Exception {
        browser = Browser.start();
        at = new WorkspaceSession(browser, port);
        awaitDemoMotor();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHeadersSearchBoxFindsALotAndItsMotorAndTheLotShowsItsGenealogy() {
        at.logIn(CAROL);
        browser.get(at.url("/ui/lots"));
        searchFor("1027");

        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("found-lots")));
        assertThat(browser.getCurrentUrl()).contains("/ui/search?q=1027");
        assertThat(at.text(By.id("found-lots"))).contains(LOT).contains("RTR-MAG-38UH-01").contains("MAG-JP-1");
        assertThat(at.text(By.id("found-motors"))).contains(MOTOR).contains("RUN-" + LOT).contains("PUMP-M7");
        assertThat(browser.findElement(By.linkText("RUN-" + LOT)).getAttribute("href"))
                .endsWith("/ui/designs/PUMP-M7#run-RUN-" + LOT);
        assertThat(browser.findElement(By.id("site-search")).getAttribute("value")).isEqualTo("1027");
        at.screenshot("search-1027");

        browser.findElement(By.id("found-lots")).findElement(By.linkText(LOT)).click();
        at.await().until(d -> {
            // the sourcing read model follows the demo's events: read the page again until it shows the qualification
            d.navigate().refresh();
            return d.findElements(By.id("chain")).size() == 1 && at.text(By.id("chain")).contains(SPEC + ": Qualified");
        });
        assertThat(at.text(By.tagName("h1"))).contains(LOT);
        String mine = at.text(By.id("chain-MINE"));
        assertThat(mine).contains("MINE-US-1").contains("Mojave Ridge Mining").contains("US").contains("Segregated")
                .contains("ISO 9001 MINE-US-1-Q, valid until 2027-03-01");
        WebElement expired = browser.findElement(By.id("chain-SEPARATOR")).findElement(By.cssSelector("li.expired"));
        assertThat(expired.getText()).contains("ISO 14001 SEP-US-1-E, valid until 2025-06-01 (EXPIRED)");
        assertThat(browser.findElements(By.cssSelector("#chain > li"))).hasSize(6);
        assertThat(browser.findElement(By.id("chain-MAGNET_MAKER")).findElement(By.linkText("MAG-JP-1")).getAttribute("href"))
                .contains("/ui/sources/MAG-JP-1/spc").contains("partNumber=RTR-MAG-38UH-01");
        assertThat(browser.findElements(By.cssSelector("#measurements tbody tr"))).hasSize(5);
        assertThat(at.text(By.id("motor-runs"))).contains(MOTOR).contains("PUMP-M7");
        at.scrollTo(By.id("genealogy"));
        at.screenshot("lot-genealogy-38uh-1027");

        // an upstream source links to its row on the sources page
        browser.findElement(By.id("chain-MINE")).findElement(By.linkText("MINE-US-1")).click();
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("source-MINE-US-1")));
        assertThat(browser.getCurrentUrl()).endsWith("/ui/sources#source-MINE-US-1");
    }

    @Test
    void searchLeadsToASpecificationAndAWholeLotIdOpensTheLot() {
        at.logIn(CAROL);
        browser.get(at.url("/ui/sources"));
        searchFor("38uh");

        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("found-specifications")));
        assertThat(at.text(By.id("found-parts"))).contains("RTR-MAG-38UH-01");
        at.screenshot("search-38uh");
        browser.findElement(By.id("found-specifications")).findElement(By.linkText(SPEC)).click();
        at.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), SPEC));
        assertThat(browser.getCurrentUrl()).endsWith("/ui/specifications/" + SPEC);

        searchFor(LOT.toLowerCase());
        at.await().until(ExpectedConditions.urlContains("/ui/lots/" + LOT));
        assertThat(at.text(By.tagName("h1"))).contains(LOT);
        browser.get(at.url("/ui/search?q=" + LOT.toLowerCase() + "&list=true"));
        assertThat(at.text(By.id("found-lots"))).as("listed when asked to").contains(LOT);

        searchFor("no-such-thing-%_");
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("nothing-found")));
        assertThat(at.text(By.id("search-q"))).isEqualTo("no-such-thing-%_");

        // the box stops at 100 characters; a longer q typed into the address bar is a page that says why
        browser.get(at.url("/ui/search?q=" + "x".repeat(101)));
        at.await().until(ExpectedConditions.presenceOfElementLocated(By.id("problem-detail")));
        assertThat(at.text(By.id("problem-detail"))).isEqualTo("q must be at most 100 characters, got 101");
    }

    private void searchFor(String text) {
        WebElement box = browser.findElement(By.id("site-search"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
    }

    /** The demo loads at start-up and the read models follow its events: wait until its motor is found. */
    private void awaitDemoMotor() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (search.find(SearchQuery.parse(MOTOR)).motors().items().stream().anyMatch(m -> m.lotIds().contains(LOT))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the demo's motor " + MOTOR + " was not found in time");
    }

}
