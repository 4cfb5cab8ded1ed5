package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

class CalendarJourneyIT extends BrowserJourney {

    @Test
    void theDataBureauLoadsAYearsHolidaysFromTheNoticeAndIsToldWhichLinesAreWrong() {
        signIn("dataadmin", "onewindow2026");
        follow("工作日历");
        assertThat(heading()).isEqualTo("工作日历");
        assertThat(text("#years")).contains("2026", "2025");

        type("year", "2028");
        type("source", "");
        type("days", String.join("\n",
                "2028-01-01,holiday,元旦",
                "2028-02-30,holiday,春节",
                "2027-10-01,holiday,国庆节",
                "2028-01-29,rest,春节调休"));
        press("form[action$='/admin/calendar'] button");

        assertThat(errorSummaryAsShown()).containsExactly("依据文件：请填写放假安排的依据文件",
                "放假和调休日期：第2行：“2028-02-30”不是“年-月-日”格式的日期");
        assertThat(text("#days-error")).contains("第3行：2027-10-01不在所录入的年份内",
                "第4行：类别应为 holiday（放假）或 workday（调休上班），不是“rest”");
        assertThat(text("#years")).as("nothing was loaded").doesNotContain("2028");

        type("source", "国办发明电〔2027〕9号");
        type("days", String.join("\n",
                "date,kind,name",
                "2028-01-01,holiday,元旦",
                "2028-01-25,holiday,春节",
                "2028-01-29,workday,春节调休上班"));
        press("form[action$='/admin/calendar'] button");

        assertThat(text(".notice")).isEqualTo("已录入该年的放假安排，新的期限即按它计算");
        assertThat(text("#years")).contains("2028", "国办发明电〔2027〕9号");

        browser.manage().window().setSize(new Dimension(390, 844));
        visit("/admin/calendar");
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the calendar page fits a phone").isTrue();
    }
}
