package io.onewindow.exchange.internal;

import io.onewindow.exchange.DataResource;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of a resource about one subject, unmasked, with the person each concerns: the 人口 and 法人
 * base libraries from identity's registers (its API, never its tables), every other resource from the rows
 * the exchange holds.
 */
@Component
public class SubjectRecords {

    public static final String POPULATION = "POPULATION";
    public static final String LEGAL_ENTITY = "LEGAL_ENTITY";
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final People people;
    private final Enterprises enterprises;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubjectRecords(People people, Enterprises enterprises, JdbcClient jdbc, JsonMapper json) {
        this.people = people;
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One record: its position among the subject's records, the person it concerns (if any) and its values by item. */
    public record Row(int seq, UUID personId, Map<String, Object> values) {
    }

    public List<Row> of(DataResource resource, String subject) {
        return switch (resource.code()) {
            case POPULATION -> people.findByCitizenId(subject).map(p -> of(resource, p)).orElse(List.of());
            case LEGAL_ENTITY -> enterprises.findByUscc(subject).map(e -> of(resource, e)).orElse(List.of());
            default -> jdbc.sql("select seq, person_id, data::text as data from exchange.record where resource_code = ? and subject = ? order by seq")
                    .params(resource.code(), subject)
                    .query((rs, n) -> new Row(rs.getInt("seq"), rs.getObject("person_id", UUID.class), json.readValue(rs.getString("data"), VALUES)))
                    .list();
        };
    }

    /** The records of a person already read: of the population register, that person, without reading them again. */
    public List<Row> of(DataResource resource, PersonView person) {
        return POPULATION.equals(resource.code()) ? List.of(new Row(1, person.id(), person(person))) : of(resource, person.citizenId().value());
    }

    /** The records of an enterprise already read: of the legal-entity register, that enterprise, without reading it again. */
    public List<Row> of(DataResource resource, EnterpriseView enterprise) {
        return LEGAL_ENTITY.equals(resource.code()) ? List.of(enterprise(enterprise)) : of(resource, enterprise.uscc().value());
    }

    /** Whether the exchange holds the rows itself (and can correct them): every resource but the two registers. */
    public static boolean heldHere(String code) {
        return !POPULATION.equals(code) && !LEGAL_ENTITY.equals(code);
    }

    private static Map<String, Object> person(PersonView p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("citizenId", p.citizenId().value());
        values.put("name", p.name());
        values.put("gender", p.gender().name());
        values.put("birthDate", p.birthDate().toString());
        values.put("phone", p.phone());
        values.put("division", p.divisionCode());
        values.put("address", p.addressDetail());
        return values;
    }

    private Row enterprise(EnterpriseView e) {
        Optional<PersonView> representative = people.find(e.legalRepresentativeId());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("uscc", e.uscc().value());
        values.put("name", e.name());
        values.put("legalRepresentative", representative.map(PersonView::name).orElse(null));
        values.put("industry", e.industry().name());
        values.put("division", e.divisionCode());
        values.put("size", e.size().name());
        values.put("establishedOn", e.establishedOn().toString());
        return new Row(1, e.legalRepresentativeId(), values);
    }
}
