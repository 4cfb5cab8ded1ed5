package io.onewindow.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the platform in a real browser, as a person takes it. Every page the journey reaches
 * is checked with axe-core (once per distinct page and window width), so an inaccessible page fails the
 * journey that showed it. Journeys start signed out, in Chinese, in standard text size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserJourney {

    private static final Set<String> CHECKED = new HashSet<>();

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    @BeforeEach
    void freshBrowser() {
        browser = Chromium.driver();
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks it. */
    protected void visit(String path) {
        browser.get(url(path));
        checked();
    }

    /** Checks the page the browser shows now, if this page (path, title and error state) was not checked before. */
    protected void checked() {
        String state = waitUntil(ignored -> pageState());
        synchronized (CHECKED) {
            if (!CHECKED.add(state)) {
                return;
            }
        }
        String violations = Accessibility.violations(browser);
        assertThat(violations).as("accessibility of %s", browser.getCurrentUrl()).isEmpty();
    }

    /**
     * What tells this page from the others, once the browser has finished loading it; null while a click's
     * navigation is still replacing the page (the old page's elements go stale, the new one has none yet).
     */
    private String pageState() {
        try {
            if (!"complete".equals(browser.executeScript("return document.readyState"))) {
                return null;
            }
            WebElement html = browser.findElement(By.tagName("html"));
            return browser.getCurrentUrl().replaceAll("https?://[^/]+", "").replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
                    + "|" + browser.getTitle() + "|" + !browser.findElements(By.cssSelector(".error-summary")).isEmpty()
                    + "|" + html.getAttribute("lang") + "|" + html.getAttribute("class")
                    + "|" + browser.manage().window().getSize().getWidth();
        } catch (WebDriverException e) {
            // Stale or missing elements, or a node that no longer belongs to the document: still navigating.
            return null;
        }
    }

    protected void signIn(String username, String password) {
        visit("/login");
        type("username", username);
        type("password", password);
        press("button.button[type=submit]");
    }

    protected void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        checked();
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        if ("date".equals(field.getAttribute("type"))) {
            // A date input takes keystrokes in the browser's locale format; set the ISO value it submits.
            browser.executeScript("arguments[0].value = arguments[1]", field, text);
            return;
        }
        field.clear();
        field.sendKeys(text);
    }

    protected void choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** Clicks a button or link and checks the page it leads to. */
    protected void press(String cssSelector) {
        browser.findElement(By.cssSelector(cssSelector)).click();
        checked();
    }

    /** Follows the link with exactly this text and checks the page it leads to. */
    protected void follow(String linkText) {
        browser.findElement(By.linkText(linkText)).click();
        checked();
    }

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    protected String text(String cssSelector) {
        return browser.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** The messages of the error summary, without the names of the fields they concern. */
    protected List<String> errorSummary() {
        return browser.findElements(By.cssSelector(".error-summary li")).stream()
                .map(item -> item.findElements(By.cssSelector(".error-text")).stream().findFirst().orElse(item).getText()).toList();
    }

    /** The error summary's entries as the reader sees them: the field's name, then its message. */
    protected List<String> errorSummaryAsShown() {
        return browser.findElements(By.cssSelector(".error-summary li")).stream().map(WebElement::getText).toList();
    }

    protected String path() {
        return browser.getCurrentUrl().replaceAll("https?://[^/]+", "");
    }

    /**
     * The one-time code of the newest text message to this mobile number, read from dev mode's message page
     * (nothing is really sent in dev mode); empty when none was sent to it.
     */
    protected java.util.Optional<String> codeTextedTo(String mobile) {
        String back = browser.getCurrentUrl();
        browser.get(url("/dev/messages"));
        java.util.Optional<String> code = browser.findElements(By.cssSelector("ol.results li")).stream()
                .filter(message -> message.findElement(By.cssSelector(".kind")).getText().endsWith(mobile))
                .findFirst()
                .map(message -> message.findElement(By.cssSelector(".message-text")).getText())
                .map(text -> text.replaceAll("(?s).*?(\\d{6}).*", "$1"));
        browser.get(back);
        return code;
    }

    /**
     * Waits up to 15 s for the condition; if it never holds, fails with what the browser shows and what the
     * platform's own threads are doing (the server runs in this JVM), so a stalled page can be told from a slow one.
     */
    protected <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
        } catch (TimeoutException e) {
            String shown;
            try {
                String body = browser.findElement(By.tagName("body")).getText();
                shown = browser.getCurrentUrl() + "\n" + body.substring(0, Math.min(body.length(), 2_000));
            } catch (WebDriverException unreadable) {
                shown = "(the page could not be read: " + unreadable.getMessage() + ")";
            }
            throw new AssertionError("Waited 15 s in vain. The browser shows " + shown
                    + "\nThe platform's busy threads:\n" + busyPlatformThreads(), e);
        }
    }

    // Threads with a frame of the platform's main code on their stack, except the test's own.
    private static String busyPlatformThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            boolean platform = java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("io.onewindow.")
                    && !f.getClassName().startsWith("io.onewindow.journeys.") && !f.getClassName().startsWith("io.onewindow.testing."));
            if (platform && thread != Thread.currentThread()) {
                dump.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                java.util.Arrays.stream(stack).limit(40).forEach(f -> dump.append("    at ").append(f).append('\n'));
            }
        });
        return dump.length() == 0 ? "(none)\n" : dump.toString();
    }
}
