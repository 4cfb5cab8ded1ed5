package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.Policy;
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

    /** Facts with the shares a city's data shows (rounded from public statistics, not any real person's). */
    static final class DemoFacts {

        private DemoFacts() {
        }

        static PersonFacts person(Random random, int age, int year) {
            boolean hukou = random.nextInt(100) < 92;
            int disability = random.nextInt(100) < 6 ? 1 + random.nextInt(4) : 0;
            String employment;
            if (age >= 60) {
                employment = random.nextInt(100) < 70 ? "RETIRED" : "NONE";
            } else if (age >= 18) {
                int draw = random.nextInt(100);
                employment = draw < 65 ? "EMPLOYED" : draw < 75 ? "SELF_EMPLOYED" : draw < 83 ? "UNEMPLOYED" : "NONE";
            } else {
                employment = "NONE";
            }
            String insurance = switch (employment) {
                case "EMPLOYED", "SELF_EMPLOYED" -> "EMPLOYEE";
                case "RETIRED" -> random.nextInt(100) < 60 ? "EMPLOYEE" : "RESIDENT";
                default -> random.nextInt(100) < 70 ? "RESIDENT" : "NONE";
            };
            boolean pension = age >= 60 && !insurance.equals("NONE") && random.nextInt(100) < 90;
            int draw = random.nextInt(100);
            int band = draw < 4 ? 1 : draw < 10 ? 2 : draw < 60 ? 3 : draw < 90 ? 4 : 5;
            boolean onlyChild = age >= 45 && age <= 85 && random.nextInt(100) < 35;
            int graduation = age >= 21 && age <= 27 && random.nextInt(100) < 40 ? year - age + 22 : 0;
            int business = employment.equals("SELF_EMPLOYED") ? 1 + random.nextInt(60) : -1;
            int contribution = switch (employment) {
                case "EMPLOYED", "RETIRED" -> Math.max(0, Math.min(age - 20, 40)) * 12 - random.nextInt(12);
                case "SELF_EMPLOYED" -> Math.max(0, business - random.nextInt(4));
                default -> random.nextInt(3) == 0 ? random.nextInt(60) : 0;
            };
            return new PersonFacts(hukou, disability, employment, insurance, pension, band, onlyChild, graduation, business,
                    Math.max(0, contribution), random.nextInt(100) < 95 ? account(random) : null);
        }

        static EnterpriseFacts enterprise(Random random, String size) {
            int headcount = switch (size) {
                case "MICRO" -> 1 + random.nextInt(9);
                case "SMALL" -> 10 + random.nextInt(90);
                case "MEDIUM" -> 100 + random.nextInt(200);
                default -> 300 + random.nextInt(3000);
            };
            double layoff = random.nextInt(100) < 70 ? Math.round(random.nextDouble() * 50) / 10.0 : Math.round(random.nextDouble() * 250) / 10.0;
            boolean arrears = random.nextInt(100) < 8;
            long premium = headcount * (60_000L + random.nextInt(40_000));
            int graduates = random.nextInt(100) < 30 ? 1 + random.nextInt(Math.max(1, headcount / 10)) : 0;
            return new EnterpriseFacts(headcount, layoff, arrears, premium * 20, premium, graduates, account(random));
        }

        /** A 19-digit debit card number shaped like a Chinese bank's (issuer prefix 622…), not a real account. */
        static String account(Random random) {
            StringBuilder number = new StringBuilder("6222");
            while (number.length() < 19) {
                number.append(random.nextInt(10));
            }
            return number.toString();
        }
    }
}
