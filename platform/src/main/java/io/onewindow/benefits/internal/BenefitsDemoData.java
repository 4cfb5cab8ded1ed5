package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.DemoData;
import io.onewindow.runtime.Mode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo city's benefits: the eight policies of {@link QingdaoPolicies}, and facts for every registered person
 * and enterprise as the departments' data would give them (fixed seed, realistic shares). A few are set by
 * hand so the demo shows a match and a near miss: the citizen 王芳 runs a small business for 20 months (一次性创业补贴),
 * and 青岛海岸线信息技术有限公司 hired two graduates (小微企业社保补贴). The old-age allowance and the
 * small-enterprise subsidy have been run once, so their offers and history exist; the start-up subsidy waits for
 * an administrator to run it.
 */
@Component
@ConditionalOnMode(Mode.DEV)
class BenefitsDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(BenefitsDemoData.class);

    private final PolicyStore policies;
    private final FactsStore facts;
    private final MatchingRuns runs;
    private final People people;
    private final Enterprises enterprises;
    private final Clock clock;

    BenefitsDemoData(PolicyStore policies, FactsStore facts, MatchingRuns runs, People people, Enterprises enterprises, Clock clock) {
        this.policies = policies;
        this.facts = facts;
        this.runs = runs;
        this.people = people;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "benefits.qingdao";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        QingdaoPolicies.all().forEach(policies::save);
        Random random = new Random(20261201L);
        LocalDate today = LocalDate.now(clock);
        List<UUID> personIds = facts.subjects(Audience.PERSON);
        int nearMisses = 0;
        for (PersonView person : people.findAll(personIds)) {
            PersonFacts f = DemoFacts.person(random, Period.between(person.birthDate(), today).getYears(), today.getYear());
            if (person.name().equals("王芳") && person.divisionCode().equals("370202001001")) {
                f = new PersonFacts(true, 0, "SELF_EMPLOYED", "EMPLOYEE", false, 3, false, 0, 20, 18, DemoFacts.account(random));
            } else if (nearMisses < 3 && f.employment().equals("SELF_EMPLOYED")) {
                nearMisses++;
                f = new PersonFacts(true, 0, "SELF_EMPLOYED", "EMPLOYEE", false, 3, false, 0, 11, 11, DemoFacts.account(random));
            }
            facts.update(person.id(), f);
        }
        for (UUID id : facts.subjects(Audience.ENTERPRISE)) {
            EnterpriseView enterprise = enterprises.find(id).orElseThrow();
            EnterpriseFacts f = DemoFacts.enterprise(random, enterprise.size().name());
            if (enterprise.name().equals("青岛海岸线信息技术有限公司")) {
                f = new EnterpriseFacts(28, 0.0, false, 86_000_000L, 1_240_000L, 2, DemoFacts.account(random));
            }
            facts.update(id, f);
        }
        for (String code : List.of("QD-GLJT", "QD-XWSB")) {
            RunView run = runs.runNow(code, true);
            log.info("Demo run of {}: {} of {} eligible", code, run.eligible(), run.total());
        }
        log.info("Seeded benefits: {} policies, facts of {} people", policies.all().size(), personIds.size());
    }
}
