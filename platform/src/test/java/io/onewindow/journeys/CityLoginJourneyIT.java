package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cityidp.CityIdentityProvider;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import io.onewindow.testing.SelfDeclaredAccounts;
import io.onewindow.testing.browser.BrowserJourney;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Login through the city's unified identity provider (OpenID Connect), against a real provider. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class CityLoginJourneyIT extends BrowserJourney {

    static final int PORT = freePort();
    static final CityIdentityProvider PROVIDER = CityIdentityProvider.start(freePort(), PORT);

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void cityProvider(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.client.registration.city.client-id", () -> CityIdentityProvider.CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.city.client-secret", () -> CityIdentityProvider.CLIENT_SECRET);
        registry.add("spring.security.oauth2.client.registration.city.client-name", () -> "青岛市统一身份认证");
        registry.add("spring.security.oauth2.client.registration.city.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.registration.city.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.city.issuer-uri", PROVIDER::issuer);
    }

    /** Each journey starts signed out of the provider as well. */
    @BeforeEach
    void signedOutOfTheProvider() {
        browser.get(PROVIDER.issuer() + "/login");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Test
    void aVerifiedCitizenNewToOneWindowLogsInThroughTheCityProviderAndIsRegistered() {
        String citizenId = Persons.citizenIdFrom("370214");
        CityIdentityProvider.register("zhang.lihua", citizenId, "张丽华", "13912340000");

        signInWithTheCity("zhang.lihua");

        assertThat(path()).isEqualTo("/citizen");
        assertThat(heading()).isEqualTo("张丽华，您好");
        assertThat(people.findByCitizenId(citizenId)).hasValueSatisfying(p -> assertThat(p.phone()).isEqualTo("13912340000"));
    }

    @Test
    void aCitizenWithAVerifiedPasswordAccountLandsInTheSameAccountWhenLoggingInThroughTheCity() {
        String citizenId = Persons.citizenIdFrom("370202");
        people.register(new io.onewindow.identity.NewPerson(citizenId, "郑志远", "13900001111", "370202001001", null));
        accounts.open(new io.onewindow.identity.NewAccount("zheng.zhiyuan", citizenId, "zheng-zhiyuan-1", false));
        CityIdentityProvider.register("zheng.zhiyuan", citizenId, "郑志远", "13900001111");

        signInWithTheCity("zheng.zhiyuan");
        assertThat(heading()).isEqualTo("郑志远，您好");
        signOut();

        signIn(citizenId, "zheng-zhiyuan-1");
        assertThat(heading()).as("the password still opens the same account").isEqualTo("郑志远，您好");
        assertThat(accounts.list("zheng.zhiyuan", 10)).as("one account, not a second one for the city login").hasSize(1);
    }

    @Test
    void aSelfDeclaredAccountIsVerifiedByLoggingInThroughTheCityAndThePasswordTypedAtSignUpNoLongerOpensIt() {
        String citizenId = Persons.citizenIdFrom("370202");
        PersonView person = people.register(new io.onewindow.identity.NewPerson(citizenId, "冯晓东", "13900002222", "370202001001", null));
        String username = new SelfDeclaredAccounts(accounts, jdbc).openFor(person);
        signIn(username, "self-declared-2026");
        visit("/licences");
        assertThat(heading()).isEqualTo("请先完成实名核验");
        signOut();

        CityIdentityProvider.register("feng.xiaodong", citizenId, "冯晓东", "13900002222");
        signInWithTheCity("feng.xiaodong");
        visit("/licences");
        assertThat(heading()).as("verified by the city's provider: the wallet opens").isEqualTo("我的证照");
        signOut();

        signIn(username, "self-declared-2026");
        assertThat(path()).as("whoever typed the ID at sign-up chose that password; the verified holder does not inherit it")
                .startsWith("/login");
    }

    private void signInWithTheCity(String login) {
        visit("/login");
        follow("使用青岛市统一身份认证登录");
        assertThat(browser.getCurrentUrl()).startsWith(PROVIDER.issuer());
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(CityIdentityProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(b -> b.getCurrentUrl().startsWith(url("/")));
        checked();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
