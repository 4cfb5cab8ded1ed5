package io.onewindow.licences.internal;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.NewLicence;
import io.onewindow.runtime.DemoData;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Dev mode: the demo citizen (王芳, account {@code citizen}) holds a social security card, a driving licence and
 * a real estate certificate; the demo enterprise (青岛海岸线信息技术有限公司, acted for by account
 * {@code enterprise}) its business licence and its staff canteen's food business licence, and its legal
 * representative a driving licence.
 */
@Component
class LicencesDemoData implements DemoData {

    private final LicenceLibrary library;
    private final UserDetailsService accounts;
    private final People people;
    private final Enterprises enterprises;

    LicencesDemoData(LicenceLibrary library, UserDetailsService accounts, People people, Enterprises enterprises) {
        this.library = library;
        this.accounts = accounts;
        this.people = people;
        this.enterprises = enterprises;
    }

    @Override
    public String name() {
        return "licences.demo-wallets";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        personOf("citizen").ifPresent(citizen -> {
            issue("SOCIAL_SECURITY_CARD", HolderKind.PERSON, citizen.id(), "qd-rsj", LocalDate.of(2021, 3, 15), Map.of(
                    "name", citizen.name(), "citizenId", citizen.citizenId().value(), "cardNumber", "A" + citizen.citizenId().value().substring(10, 18)));
            issue("DRIVING_LICENCE", HolderKind.PERSON, citizen.id(), "qd-ga", LocalDate.of(2022, 6, 1), Map.of(
                    "name", citizen.name(), "citizenId", citizen.citizenId().value(), "vehicleClass", "C1", "firstIssuedOn", "2010-06-01"));
            issue("REAL_ESTATE_CERTIFICATE", HolderKind.PERSON, citizen.id(), "qd-zjj", LocalDate.of(2019, 9, 20), Map.of(
                    "owner", citizen.name(), "location", "青岛市市南区香港中路街道东海西路15号2单元801户", "area", "89.56平方米",
                    "use", "住宅", "rightType", "国有建设用地使用权/房屋所有权"));
        });
        personOf("enterprise").ifPresent(entrepreneur -> {
            issue("DRIVING_LICENCE", HolderKind.PERSON, entrepreneur.id(), "qd-ga", LocalDate.of(2020, 11, 5), Map.of(
                    "name", entrepreneur.name(), "citizenId", entrepreneur.citizenId().value(), "vehicleClass", "C1", "firstIssuedOn", "2008-04-12"));
            for (EnterpriseView company : enterprises.actingFor(entrepreneur.id())) {
                issue("BUSINESS_LICENCE", HolderKind.ENTERPRISE, company.id(), "qd-scjg", company.establishedOn(), Map.of(
                        "name", company.name(), "uscc", company.uscc().value(), "legalRepresentative", entrepreneur.name(),
                        "registeredCapital", "500万元人民币", "establishedOn", company.establishedOn().toString(),
                        "address", "山东省青岛市崂山区松岭路169号", "businessScope", "软件开发；信息技术咨询服务；数据处理服务"));
                issue("FOOD_BUSINESS_LICENCE", HolderKind.ENTERPRISE, company.id(), "qd-xzsp", LocalDate.of(2024, 7, 1), Map.of(
                        "operator", company.name(), "legalRepresentative", entrepreneur.name(), "premises", "山东省青岛市崂山区松岭路169号一层",
                        "mainBusiness", "单位食堂", "businessItems", "热食类食品制售"));
            }
        });
    }

    private void issue(String type, HolderKind kind, UUID holder, String department, LocalDate from, Map<String, String> fields) {
        library.issue(new NewLicence(type, kind, holder, department, fields, from, null, null), "DEMO");
    }

    private Optional<PersonView> personOf(String username) {
        try {
            UserDetails details = accounts.loadUserByUsername(username);
            return details instanceof CurrentUser.Holder holder && holder.account().personId() != null
                    ? people.find(holder.account().personId()) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
