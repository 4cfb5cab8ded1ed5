package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.CitizenSignUp;
import io.onewindow.identity.People;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpJourneyIT extends BrowserJourney {

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Test
    void aCitizenRegistersOneQuestionAtATimeCorrectingEachMistakeThenSignsInWithTheirId() {
        String citizenId = Persons.citizenIdFrom("370203");
        String wrongCheck = citizenId.substring(0, 17) + (citizenId.charAt(17) == '1' ? '2' : '1');
        long before = people.count();

        visit("/register");
        follow("开始注册");
        assertThat(heading()).isEqualTo("您的公民身份号码是多少？");

        type("citizenId", wrongCheck);
        press("button.button");
        assertThat(errorSummary()).containsExactly("第18位校验码应为" + citizenId.charAt(17) + "，而不是" + wrongCheck.charAt(17) + "，请核对号码是否输错");
        assertThat(browser.getTitle()).startsWith("错误：");

        type("citizenId", citizenId);
        press("button.button");
        assertThat(heading()).isEqualTo("您的姓名是什么？");

        type("name", "张3");
        press("button.button");
        assertThat(errorSummary()).containsExactly("姓名只能包含汉字、字母和间隔号“·”，2至30个字");
        type("name", "林晓彤");
        press("button.button");

        type("phone", "1234");
        press("button.button");
        assertThat(errorSummary()).containsExactly("请输入11位手机号码，例如13812345678");
        type("phone", "13912345678");
        press("button.button");

        type("password", "short1");
        type("passwordConfirmation", "short1");
        press("button.button");
        assertThat(errorSummary()).containsExactly("密码至少8位");
        type("password", "lin-xiaotong-2026");
        type("passwordConfirmation", "lin-xiaotong-2027");
        press("button.button");
        assertThat(errorSummary()).containsExactly("两次输入的密码不一致");
        assertThat(people.count()).as("nothing is stored before the citizen confirms").isEqualTo(before);
        type("password", "lin-xiaotong-2026");
        type("passwordConfirmation", "lin-xiaotong-2026");
        press("button.button");

        assertThat(heading()).isEqualTo("请核对您填写的信息");
        assertThat(text("#citizenId")).contains(citizenId);
        browser.findElement(org.openqa.selenium.By.cssSelector("#phone a")).click();
        checked();
        type("phone", "13987654321");
        press("button.button");
        assertThat(heading()).as("a changed answer goes back to the check page").isEqualTo("请核对您填写的信息");
        assertThat(text("#phone")).contains("13987654321");

        press("form[action='/register/check'] button");
        assertThat(heading()).isEqualTo("注册成功");
        assertThat(people.findByCitizenId(citizenId)).hasValueSatisfying(p -> assertThat(p.phone()).isEqualTo("13987654321"));

        signIn(citizenId, "lin-xiaotong-2026");
        assertThat(path()).isEqualTo("/citizen");
        assertThat(heading()).isEqualTo("林晓彤，您好");
    }

    @Test
    void someoneWithAnAccountIsToldToSignInInstead() {
        String citizenId = Persons.citizenIdFrom("370212");
        accounts.signUp(new CitizenSignUp(citizenId, "周建华", "13911112222", "zhou-jianhua-1", "zhou-jianhua-1"));

        visit("/register/citizen-id");
        type("citizenId", citizenId);
        press("button.button");

        assertThat(errorSummary()).containsExactly("该身份证号码已经注册了账户，请直接登录");
    }
}
