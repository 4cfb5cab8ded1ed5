package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.ServiceBundle;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns stored versions into the records other modules read, and contents into the JSON they are stored as. */
@Component
class EntryCodec {

    private final JsonMapper json;
    private final Departments departments;

    EntryCodec(JsonMapper json, Departments departments) {
        this.json = json;
        this.departments = departments;
    }

    String write(Object content) {
        return json.writeValueAsString(content);
    }

    ItemContent item(String content) {
        return json.readValue(content, ItemContent.class);
    }

    BundleContent bundle(String content) {
        return json.readValue(content, BundleContent.class);
    }

    ServiceItem item(EntryStore.Row row) {
        ItemContent c = item(row.content());
        DepartmentView department = departments.findByCode(row.departmentCode()).orElse(null);
        return new ServiceItem(row.code(), row.version(), row.state(), c.name(), c.summary(), c.departmentCode(),
                department == null ? null : department.id(), department == null ? null : department.level(), c.type(),
                c.legalBasis(), c.whoMayApply(), c.conditions(), orZero(c.statutoryDays()), orZero(c.promisedDays()),
                c.feeFen() == null ? 0 : c.feeFen(), c.feeNote(), orZero(c.trips()), c.audiences(), c.channels(), c.lifeEvents(),
                c.businessEvents(), c.outcome(), c.materials(), c.form(), c.keywords(), row.publishedAt());
    }

    ServiceBundle bundle(EntryStore.Row row) {
        BundleContent c = bundle(row.content());
        DepartmentView department = departments.findByCode(row.departmentCode()).orElse(null);
        return new ServiceBundle(row.code(), row.version(), row.state(), c.name(), c.summary(), c.departmentCode(),
                department == null ? null : department.id(), department == null ? null : department.level(), c.audiences(),
                c.lifeEvents(), c.businessEvents(), c.members(), c.sharedQuestions(), orZero(c.promisedDays()), orZero(c.trips()),
                c.keywords(), row.publishedAt());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
