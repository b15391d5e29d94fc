package org.specloop.app.ui;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless chromium driven through its chromedriver (packages chromium and chromium-driver,
 * which .ci/run installs). Without them the browser tests fail under CI=true and are skipped elsewhere.
 */
final class Browser {
    static final File CHROMIUM = new File(System.getenv().getOrDefault("SPECLOOP_CHROMIUM", "/usr/bin/chromium"));
    static final File DRIVER = new File(System.getenv().getOrDefault("SPECLOOP_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static WebDriver start() throws IOException {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present) {
            String why = "headless browser tests need " + CHROMIUM + " and " + DRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("specloop-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort()
                // the page writes times in the reader's zone: every run reads them in UTC unless a test says otherwise
                .withEnvironment(Map.of("TZ", "UTC")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Kept in target/screenshots, one file per page and state, for a reviewer to look at each page as the test saw it. */
    static void screenshot(TakesScreenshot of, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), of.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the screenshot " + name, e);
        }
    }
}
