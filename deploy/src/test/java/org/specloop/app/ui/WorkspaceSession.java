package org.specloop.app.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specloop.app.TestUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * One person at the workspace in a real browser: signs in through the form, opens pages, fills and signs
 * forms, reads what a page says, and keeps screenshots. What the browser tests do on every page, in one place.
 */
final class WorkspaceSession {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private final WebDriver browser;
    private final int port;

    WorkspaceSession(WebDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    WebDriver browser() {
        return browser;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    /**
     * Signs in through the log-in form. Once in a CI run the browser stayed on the log-in page without an
     * error after the click (the click was lost); the form is then sent once more. A refused log-in (the
     * page says error) fails at once, with the page it ended on.
     */
    void logIn(TestUsers user) {
        for (int attempt = 1; ; attempt++) {
            browser.manage().deleteAllCookies();
            open("/ui/inbox");
            await().until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
            browser.findElement(By.id("username")).sendKeys(user.username);
            browser.findElement(By.id("password")).sendKeys(user.password);
            browser.findElement(By.id("login-button")).click();
            try {
                await().until(ExpectedConditions.textToBe(By.id("viewer"), user.username));
                return;
            } catch (TimeoutException notSignedIn) {
                String at = browser.getCurrentUrl();
                if (attempt == 2 || at.contains("error")) {
                    String page = browser.getPageSource();
                    throw new AssertionError("not signed in as " + user.username + "; the browser is at " + at + ": "
                            + page.substring(0, Math.min(page.length(), 2000)), notSignedIn);
                }
            }
        }
    }

    /** The read side follows the events shortly after the answer: the page is read again until it shows them. */
    void openUntil(String path, String text) {
        await().until(d -> {
            open(path);
            return d.findElement(By.tagName("main")).getText().contains(text);
        });
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A signing form: reason, the signer's password again, and its button, as every signing form names them. */
    void sign(String action, String reason, String password) {
        type(action + "-reason", reason);
        type(action + "-password", password);
        browser.findElement(By.id(action + "-button")).click();
    }

    String text(By by) {
        return browser.findElement(by).getText();
    }

    /**
     * Clicks what {@code by} finds once it can be clicked, finding it again if the page replaced it in between: the
     * lot list re-renders its rows when live updates arrive, and a row found a moment before is then stale.
     */
    void click(By by) {
        await().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    String problemText() {
        return browser.findElements(By.cssSelector("[data-problem]")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    void scrollTo(By by) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(by));
    }

    /**
     * GET from the page, as the page's own scripts would: with the signed-in session, asking for the given
     * type. Answers the status, the content type and the body's first bytes as text (a PDF starts "%PDF-").
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> fetch(String href, String accept) {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {headers: {Accept: arguments[1]}, credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => done({status: r.status,
                      type: r.headers.get('Content-Type') || '',
                      head: new TextDecoder('latin1').decode(b.slice(0, 400))})))
                  .catch(e => done({status: -1, type: '', head: String(e)}));
                """, href, accept);
        return (Map<String, Object>) answer;
    }

    WebDriverWait await() {
        return new WebDriverWait(browser, PATIENCE);
    }

    /** Kept in target/screenshots (Browser.screenshot). */
    void screenshot(String name) {
        Browser.screenshot((TakesScreenshot) browser, name);
    }

    /**
     * A screenshot docs/ui.md shows: kept in target/screenshots as every other, and written to docs/images
     * when the build runs with -Dspecloop.docs.write=true (the way the docs' generated parts are refreshed).
     */
    void documentedScreenshot(String name) {
        screenshot(name);
        if (Boolean.getBoolean("specloop.docs.write")) {
            try {
                Path docs = Path.of("..", "docs", "images");
                Files.createDirectories(docs);
                Files.copy(Path.of("target", "screenshots", name + ".png"), docs.resolve(name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write docs/images/" + name + ".png", e);
            }
        }
    }
}
