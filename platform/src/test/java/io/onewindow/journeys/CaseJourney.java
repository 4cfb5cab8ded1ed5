package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The steps of an application and its decision as people take them in the browser: answer, upload, decide. */
abstract class CaseJourney extends BrowserJourney {

    static final String PASSWORD = "onewindow2026";

    /**
     * Answers the application's questions, one page each, until the questions end: a question in {@code answers}
     * (by its heading) gets that answer, a text typed or a choice picked by its label; any other must already be
     * prefilled from what the platform knows. Returns the number of pages answered.
     */
    int answer(Map<String, String> answers) {
        int pages = 0;
        while (path().contains("/questions/")) {
            String question = heading();
            List<WebElement> choices = browser.findElements(By.cssSelector("input[type=radio][name=answer]"));
            if (answers.containsKey(question) && choices.isEmpty()) {
                type("answer", answers.get(question));
            } else if (answers.containsKey(question)) {
                browser.findElements(By.cssSelector(".checkboxes label")).stream()
                        .filter(label -> label.getText().trim().equals(answers.get(question))).findFirst().orElseThrow()
                        .findElement(By.tagName("input")).click();
            } else {
                assertThat(browser.findElement(By.id("answer")).getAttribute("value")).as("%s is prefilled from identity", question)
                        .isNotBlank();
                assertThat(text("main")).contains("统一身份认证平台");
            }
            press("main form button");
            assertThat(errorSummary()).as("the answer to %s is taken", question).isEmpty();
            pages++;
        }
        return pages;
    }

    /** Uploads a small PDF as the material of this key, on the materials page or the application's page. */
    void upload(String material) throws IOException {
        Path file = Files.createTempFile(material, ".pdf");
        Files.writeString(file, "%PDF-1.4\n% " + material + "\n", StandardCharsets.US_ASCII);
        browser.findElement(By.id("file-" + material)).sendKeys(file.toAbsolutePath().toString());
        press("form[action$='/materials/" + material + "'] button");
        Files.delete(file);
    }

    /** Opens, from the signed-in officer's queue, the first case whose row shows all of these (applicant, item…). */
    void openCaseOf(String... shown) {
        visit("/cases/queue");
        WebElement row = browser.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> List.of(shown).stream().allMatch(r.getText()::contains)).findFirst().orElseThrow();
        row.findElement(By.tagName("a")).click();
        checked();
    }

    /** Accepts, reviews, approves and concludes the open case. */
    void approve() {
        for (String action : List.of("accept", "start-review", "approve", "conclude")) {
            press("form[action$='/act/" + action + "'] button");
        }
        assertThat(text("#state")).isEqualTo("已办结");
    }
}
