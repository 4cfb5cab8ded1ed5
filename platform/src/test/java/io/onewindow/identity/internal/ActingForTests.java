package io.onewindow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.identity.EnterpriseAgentWithdrawn;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.testing.Companies;
import io.onewindow.testing.Persons;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The enterprises a person acts for, asked on every signed-in page: found by the person's indexes, not by reading them all. */
@ApplicationModuleTest
class ActingForTests {

    @Autowired
    People people;

    @Autowired
    Enterprises enterprises;

    @Autowired
    EnterpriseRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPersonActsForTheEnterprisesTheyRepresentAndThoseTheyAreAgentOfEachOnceByName() {
        PersonView owner = people.register(Persons.aShinanResident());
        PersonView agent = people.register(Persons.aShinanResident());
        EnterpriseView bakery = enterprises.register(Companies.of(owner.citizenId().value(), "青岛乙面包房有限公司", "370202", "H", "2019-05-06"));
        EnterpriseView teahouse = enterprises.register(Companies.of(agent.citizenId().value(), "青岛甲茶馆有限公司", "370202", "H", "2021-07-08"));
        enterprises.authoriseAgent(bakery.id(), owner.id(), agent.citizenId().value(), agent.name());

        assertThat(enterprises.actingFor(agent.id())).extracting(EnterpriseView::id).containsExactly(bakery.id(), teahouse.id());
        assertThat(enterprises.actingFor(agent.id())).extracting(EnterpriseView::name).isSortedAccordingTo(String::compareTo);
        assertThat(enterprises.actingFor(owner.id())).extracting(EnterpriseView::id).containsExactly(bakery.id());
        assertThat(enterprises.actingFor(owner.id()).get(0).agentIds()).containsExactly(agent.id());
        assertThat(repository.findActingFor(agent.id())).hasSize(2);
        assertThat(enterprises.actingFor(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anAgentWhoseAuthorisationIsWithdrawnNoLongerActsForTheEnterpriseAndOnlyTheRepresentativeWithdraws(AssertablePublishedEvents events) {
        PersonView owner = people.register(Persons.aShinanResident());
        PersonView agent = people.register(Persons.aShinanResident());
        EnterpriseView shop = enterprises.register(Companies.of(owner.citizenId().value(), "青岛丁书店有限公司", "370202", "F", "2020-03-04"));
        enterprises.authoriseAgent(shop.id(), owner.id(), agent.citizenId().value(), agent.name());

        assertThatThrownBy(() -> enterprises.withdrawAgent(shop.id(), agent.id(), agent.id())).isInstanceOf(DomainException.class);
        assertThat(enterprises.actingFor(agent.id())).extracting(EnterpriseView::id).containsExactly(shop.id());

        enterprises.withdrawAgent(shop.id(), owner.id(), agent.id());
        enterprises.withdrawAgent(shop.id(), owner.id(), agent.id());

        assertThat(enterprises.actingFor(agent.id())).isEmpty();
        assertThat(events.ofType(EnterpriseAgentWithdrawn.class).matching(e -> e.enterpriseId().equals(shop.id())))
                .as("withdrawn once, published once").hasSize(1);
    }

    @Test
    void aRepresentativeLearnsNothingOfTheRegisterFromAnAgentNumberAndNameThatDoNotMatch() {
        PersonView owner = people.register(Persons.aShinanResident());
        PersonView someone = people.register(Persons.aShinanResident());
        EnterpriseView shop = enterprises.register(Companies.of(owner.citizenId().value(), "青岛丙杂货店有限公司", "370202", "F", "2020-03-04"));
        String unregistered = Persons.aShinanResident().citizenId();

        for (var pair : List.of(List.of(someone.citizenId().value(), "错名字"), List.of(unregistered, someone.name()))) {
            assertThatThrownBy(() -> enterprises.authoriseAgent(shop.id(), owner.id(), pair.get(0), pair.get(1)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.code()).isEqualTo(IdentityError.AGENT_NOT_MATCHED)));
        }
        assertThat(enterprises.find(shop.id()).orElseThrow().agentIds()).isEmpty();
    }

    @Test
    void theEnterprisesAPersonActsForAreFoundThroughTheIndexesWhateverTheSizeOfTheRegister() {
        for (String statement : List.of(EnterpriseRegister.ACTING_FOR_VIEW,
                "select e.* from identity.enterprise e where e.id in (" + EnterpriseRepository.ACTING_FOR + ") order by e.name")) {
            String plan = transactions.execute(status -> {
                // With sequential scans priced out, a plan that can only read the whole table still shows one.
                jdbc.sql("set local enable_seqscan = off").update();
                return String.join("\n", jdbc.sql("explain " + statement).param("personId", UUID.randomUUID()).query(String.class).list());
            });
            assertThat(plan).as(statement).doesNotContain("Seq Scan on enterprise ").contains("enterprise_legal_representative_idx")
                    .contains("enterprise_agent_person_idx");
        }
    }
}
