package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.licences.Licences;
import io.onewindow.testing.Persons;
import io.onewindow.testing.TemporaryDirectories;
import io.onewindow.testing.browser.BrowserJourney;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department brings the licences it issued on paper into the library (存量证照入库): its officer uploads a
 * CSV file, follows the import's progress, and reads every line that was not imported with its line number
 * and reason, while the good lines become signed licences in their holders' wallets.
 */
class LicenceImportJourneyIT extends BrowserJourney {

    @Autowired
    People people;

    @Autowired
    Licences licences;

    @Test
    void anOfficerImportsTheGoodLinesOfAFileAndReadsEveryBadLineWithItsReason() throws Exception {
        PersonView child = people.register(Persons.aShinanResident());
        PersonView other = people.register(Persons.aShinanResident());
        Path file = TemporaryDirectories.create("licence-import").resolve("birth-certificates.csv");
        Files.writeString(file, """
                licence_type,holder,department,valid_from,valid_until,identifier,childName,birthDate,birthPlace,motherName,fatherName
                BIRTH_CERTIFICATE,%s,qd-wjw,2024-03-01,,,%s,2024-02-28,青岛市妇女儿童医院,王丽,张伟
                BIRTH_CERTIFICATE,110101199003070000,qd-wjw,2024-03-01,,,某人,2024-02-28,青岛市妇女儿童医院,王丽,
                BIRTH_CERTIFICATE,%s,qd-wjw,2024-03-01,,,%s,,青岛市妇女儿童医院,李娜,
                DRIVING_LICENCE,%s,qd-ga,2023-05-01,,,%s,%s,C1,2011-01-01
                """.formatted(child.citizenId().value(), child.name(), other.citizenId().value(), other.name(),
                other.citizenId().value(), other.name(), other.citizenId().value()));

        signIn("wjw-officer", "onewindow2026");
        follow("导入存量证照");
        checked();
        assertThat(heading()).isEqualTo("导入存量证照");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        press("#import");
        // As the officer does: follow "刷新进度" until the page says the import has finished, each time reading the
        // page it led to (a click on a page still being replaced would start its load over).
        waitUntil(page -> {
            WebElement progress = page.findElement(By.id("progress"));
            if ("true".equals(progress.getAttribute("data-finished"))) {
                return true;
            }
            page.findElement(By.id("refresh")).click();
            waitUntil(ExpectedConditions.stalenessOf(progress));
            return false;
        });
        checked();

        assertThat(text("#progress")).contains("导入完成：成功导入1行，共4行");
        List<String> rows = browser.findElements(By.cssSelector("#errors tbody tr")).stream().map(r -> r.getText()).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("3").contains("110101199003070000");
        assertThat(rows.get(1)).startsWith("4").contains("出生日期");
        assertThat(rows.get(2)).startsWith("5");
        assertThat(licences.heldBy(child.id())).singleElement().satisfies(l -> {
            assertThat(l.type().code()).isEqualTo("BIRTH_CERTIFICATE");
            assertThat(l.fields()).containsEntry("childName", child.name()).containsEntry("fatherName", "张伟");
        });
        assertThat(licences.heldBy(other.id())).as("nothing of a refused line").isEmpty();

        visit("/licences/import?lang=en");
        assertThat(heading()).isEqualTo("Import existing licences");
    }
}
