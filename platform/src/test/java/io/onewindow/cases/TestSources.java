package io.onewindow.cases;

import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.Text;
import io.onewindow.identity.Departments;
import io.onewindow.notify.TextMessages;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the licences and exchange modules will plug into the seams, as small test implementations: a
 * licence library that holds a business licence for everyone, shared records that stand for an ID card only
 * in applications 行政审批局 reviews (the one department granted them) until {@link #SHARED_RECORDS_WITHDRAWN},
 * a shared-data source that knows the shop's sign text, a listener of concluded cases (as the licence
 * library issues a licence on approval), and a text-message gateway that keeps what it was asked to send.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSources {

    static final List<CaseConcluded> CONCLUDED = new CopyOnWriteArrayList<>();
    static final List<UUID> ATTACHED_TO = new CopyOnWriteArrayList<>();
    static final AtomicBoolean SHARED_RECORDS_WITHDRAWN = new AtomicBoolean();
    static final List<SentText> TEXTS = new CopyOnWriteArrayList<>();

    /** A text message as the gateway was asked to send it. */
    record SentText(String mobile, String text) {
    }

    @Bean
    @Primary
    TextMessages keptTextMessages() {
        return new TextMessages() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void send(String mobile, String text) {
                TEXTS.add(new SentText(mobile, text));
            }
        };
    }

    @Bean
    MaterialSource heldLicences() {
        return new MaterialSource() {
            @Override
            public List<OfferedMaterial> offers(ApplicationParties parties, Material material) {
                return "BUSINESS_LICENCE".equals(material.satisfiedByLicenceType())
                        ? List.of(new OfferedMaterial("licences", "BL-" + parties.applicant().subjectId(),
                        Text.of("营业执照 91370202MA00000001", "Business licence")))
                        : List.of();
            }

            @Override
            public AttachedMaterial attach(ApplicationParties parties, Material material, OfferedMaterial offer, UUID caseId) {
                ATTACHED_TO.add(caseId);
                return new AttachedMaterial("licences", offer.reference(), offer.description(), Map.of("holder", "王记", "status", "valid"));
            }
        };
    }

    @Bean
    MaterialSource sharedRecords(Departments departments) {
        return new MaterialSource() {
            @Override
            public List<OfferedMaterial> offers(ApplicationParties parties, Material material) {
                boolean granted = departments.findByCode("qd-xzsp").orElseThrow().id().equals(parties.reviewingDepartmentId());
                return "POPULATION".equals(material.satisfiedByData()) && granted && !SHARED_RECORDS_WITHDRAWN.get()
                        ? List.of(new OfferedMaterial("exchange", "POPULATION", Text.of("公安局“人口基础信息”中的记录（1条）", "Population register (1 record)")))
                        : List.of();
            }

            @Override
            public AttachedMaterial attach(ApplicationParties parties, Material material, OfferedMaterial offer, UUID caseId) {
                return new AttachedMaterial("exchange", offer.reference(), offer.description(), Map.of("name", "王小明"));
            }
        };
    }

    @Bean
    PrefillSource sharedData() {
        return (applicant, items) -> {
            Map<String, Map<String, PrefilledAnswer>> answers = new java.util.HashMap<>();
            items.stream().filter(item -> item.form().question("signText").isPresent()).forEach(item -> answers.put(item.code(),
                    Map.of("signText", new PrefilledAnswer("王记水饺", Text.of("城管局 招牌登记", "Sign register")))));
            return answers;
        };
    }

    @Component
    static class ConcludedCases {

        @ApplicationModuleListener
        void on(CaseConcluded concluded) {
            CONCLUDED.add(concluded);
        }
    }
}
