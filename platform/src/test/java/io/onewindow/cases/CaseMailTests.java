package io.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.cases.internal.ApplicationRow;
import io.onewindow.cases.internal.CaseNotices;
import io.onewindow.cases.internal.CaseRow;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.cases.internal.CaseWork;
import io.onewindow.cases.internal.Filing;
import io.onewindow.identity.AccountEmails;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.notify.TextMessages;
import io.onewindow.notify.internal.DevTexts;
import io.onewindow.testing.MailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The applicant's mail about their case, against a real SMTP server (GreenMail): every change of the case goes
 * to a confirmed address, in Chinese, with the case number, the item, the new state and the link and nothing
 * more about them; an address not yet confirmed gets its confirmation and nothing else.
 */
@SpringBootTest
@ContextConfiguration(initializers = MailServer.class)
class CaseMailTests {

    /** 户外招牌设置许可 at the administrative approval bureau: four answers, no materials. */
    static final String SIGN = "370200-XZSP-XK-0003";

    @Autowired
    Filing filing;
    @Autowired
    CaseWork work;
    @Autowired
    CaseStore store;
    @Autowired
    CaseNotices notices;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountEmails emails;
    @Autowired
    Departments departments;
    @Autowired
    TextMessages texts;

    @Test
    void aConfirmedAddressIsMailedEveryChangeOfTheCaseInChineseWithNothingPersonalBeyondTheCase() {
        Applicant applicant = anApplicantWhoGaveAnAddress("wang.fang");
        MimeMessage confirmation = MailServer.awaitMailsTo(applicant.address(), 1).get(0);
        emails.confirm(applicant.user().accountId(), MailServer.text(confirmation).replaceAll("(?s).*验证码：(\\d{6}).*", "$1"));

        ApplicationRow application = applyForASign(applicant.user());
        CaseRow filed = store.casesOf(application.id()).get(0);

        MimeMessage submitted = MailServer.awaitMailsTo(applicant.address(), 2).get(1);
        assertThat(MailServer.subject(submitted)).isEqualTo("【一网通办】办件状态更新：" + filed.name().zh());
        assertThat(MailServer.text(submitted)).contains(
                "办件编号：" + filed.id(),
                "事项：" + filed.name().zh(),
                "当前状态：已提交，待受理",
                "http://localhost:8080/applications/" + application.id());
        assertThat(MailServer.text(submitted)).as("nothing about the applicant beyond the case")
                .doesNotContain(applicant.person().name(), applicant.person().citizenId().value(), applicant.person().phone(), "栈桥海鲜");

        work.act(filed.id(), CaseAction.ACCEPT, null, null, anOfficerOf("qd-xzsp"));

        MimeMessage accepted = MailServer.awaitMailsTo(applicant.address(), 3).get(2);
        assertThat(MailServer.text(accepted)).contains("办件编号：" + filed.id(), "当前状态：已受理");
    }

    @Test
    void thePhoneNumberTheApplicationGaveIsTextedEveryChangeOfTheCase() {
        Applicant applicant = anApplicantWhoGaveAnAddress("zhao.lei");
        ApplicationRow application = applyForASign(applicant.user());
        assertThat(application.answers()).containsEntry("phone", applicant.person().phone());

        // The filing's text first: an officer acts hours later, not in the same millisecond, when the two changes'
        // listeners would run at once and their texts leave in either order.
        await().atMost(Duration.ofSeconds(10)).until(() -> DevTexts.sentTo(texts, applicant.person().phone()).size() == 1);
        work.act(store.casesOf(application.id()).get(0).id(), CaseAction.ACCEPT, null, null, anOfficerOf("qd-xzsp"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(DevTexts.sentTo(texts, applicant.person().phone())).containsExactly(
                "【一网通办】您申请的“户外招牌设置”状态已更新：已受理。请登录查看。",
                "【一网通办】您申请的“户外招牌设置”状态已更新：已提交，待受理。请登录查看。"));
    }

    @Test
    void anUnconfirmedAddressReceivesNothingButItsConfirmation() {
        Applicant applicant = anApplicantWhoGaveAnAddress("li.qiang");

        ApplicationRow application = applyForASign(applicant.user());
        work.act(store.casesOf(application.id()).get(0).id(), CaseAction.ACCEPT, null, null, anOfficerOf("qd-xzsp"));

        assertThat(notices.of(applicant.user().accountId(), 10)).as("the inbox is told as ever").hasSize(2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> MailServer.mailsTo(applicant.address()).size() == 1);
        assertThat(MailServer.subject(MailServer.mailsTo(applicant.address()).get(0))).isEqualTo("【一网通办】请确认您的电子邮箱");
    }

    private ApplicationRow applyForASign(UserAccount user) {
        return filing.applyAtOnce(SIGN, Map.of("shopName", "栈桥海鲜", "businessAddress", "青岛市市南区太平路1号",
                "signText", "栈桥海鲜", "signSize", "5米×1米"), Map.of(), user);
    }

    /** A resident with an account who gave an address on their e-mail page (in Chinese). */
    private Applicant anApplicantWhoGaveAnAddress(String name) {
        MailHolder holder = MailHolder.open(people, accounts);
        String address = name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        emails.set(holder.accountId(), address, Locale.SIMPLIFIED_CHINESE);
        return new Applicant(holder.person(), holder.user(), address);
    }

    private UserAccount anOfficerOf(String code) {
        DepartmentView department = departments.findByCode(code).orElseThrow();
        var officer = departments.officersOf(department.id()).get(0);
        return new UserAccount(UUID.randomUUID(), "o" + officer.personId(), officer.personId(), officer.personName(),
                Set.of(Role.OFFICER, Role.CITIZEN), List.of(department.id()), department.name(), List.of(department.divisionCode()),
                Assurance.VERIFIED);
    }

    record Applicant(PersonView person, UserAccount user, String address) {
    }
}
