package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
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
        assertThat(heading()).isEqualTo("请输入短信验证码");
        assertThat(people.count()).as("nothing is stored before the code comes back").isEqualTo(before);

        type("code", "000000");
        press("button.button");
        assertThat(errorSummary()).containsExactly("验证码不正确或已过期");
        String code = codeTextedTo("13987654321").orElseThrow();
        type("code", code);
        press("button.button");
        assertThat(heading()).isEqualTo("注册成功");
        assertThat(people.findByCitizenId(citizenId)).hasValueSatisfying(p -> assertThat(p.phone()).isEqualTo("13987654321"));

        signIn(citizenId, "lin-xiaotong-2026");
        assertThat(path()).isEqualTo("/citizen");
        assertThat(heading()).isEqualTo("林晓彤，您好");
    }

    @Test
    void signingUpWithAnIdThatHasAnAccountLooksExactlyLikeAnyOtherSignUpAndSendsNoCode() {
        String taken = Persons.citizenIdFrom("370212");
        PersonView holder = people.register(new NewPerson(taken, "周建华", "13911112222", "370212", null));
        accounts.open(new NewAccount("zhou.jianhua", taken, "zhou-jianhua-1", false));

        String takenPage = signUpAs(taken, "周建华", "13933334444");
        String freshPage = signUpAs(Persons.citizenIdFrom("370212"), "周建华", "13955556666");

        assertThat(takenPage).isEqualTo(freshPage);
        assertThat(codeTextedTo("13933334444")).as("nothing goes to the phone typed for an ID that has an account").isEmpty();
        assertThat(codeTextedTo(holder.phone())).as("nor to the holder's").isEmpty();
        assertThat(codeTextedTo("13955556666")).isPresent();
    }

    @Test
    void aSignUpUnderAnIdADepartmentRegisteredSendsTheCodeToTheRegisteredPhoneNotTheOneTyped() {
        String citizenId = Persons.citizenIdFrom("370203");
        long before = people.count();
        people.register(new NewPerson(citizenId, "高文静", "13977778888", "370203", null));

        signUpAs(citizenId, "高文静", "13900009999");

        assertThat(codeTextedTo("13900009999")).as("whoever typed someone else's ID gets nothing").isEmpty();
        String code = codeTextedTo("13977778888").orElseThrow();
        type("code", code);
        press("button.button");
        assertThat(heading()).isEqualTo("注册成功");
        assertThat(people.count()).as("the account is the registered person's; nobody new").isEqualTo(before + 1);

        signIn(citizenId, "gao-wenjing-2026");
        visit("/me/profile");
        assertThat(text("#assurance")).isEqualTo("二级：已实名核验");
    }

    /** Answers every sign-up question and confirms; returns the text of the page that answers. */
    private String signUpAs(String citizenId, String name, String phone) {
        browser.manage().deleteAllCookies();
        visit("/register/citizen-id");
        type("citizenId", citizenId);
        press("button.button");
        type("name", name);
        press("button.button");
        type("phone", phone);
        press("button.button");
        type("password", "gao-wenjing-2026");
        type("passwordConfirmation", "gao-wenjing-2026");
        press("button.button");
        press("form[action='/register/check'] button");
        assertThat(heading()).isEqualTo("请输入短信验证码");
        return text("main");
    }
}
