package io.onewindow.cases;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.testing.Persons;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A resident with an account of their own, signed in as a citizen: the applicant of the mail tests. */
record MailHolder(PersonView person, UUID accountId, UserAccount user) {

    static MailHolder open(People people, Accounts accounts) {
        PersonView person = people.register(Persons.aShinanResident());
        UUID accountId = accounts.open(new NewAccount("m" + UUID.randomUUID().toString().substring(0, 8), person.citizenId().value(),
                "mail-holder-2026", false)).id();
        return new MailHolder(person, accountId, new UserAccount(accountId, "c" + person.id(), person.id(), person.name(),
                Set.of(Role.CITIZEN), List.of(), null, List.of(), Assurance.VERIFIED));
    }

    /** The address, as confirmed in Chinese while the installation could still reach a mail server. */
    void confirmed(JdbcClient jdbc, String address) {
        jdbc.sql("update identity.account set email = ?, email_confirmed_at = now(), email_language = 'zh-CN' where id = ?")
                .params(address, accountId).update();
    }
}
