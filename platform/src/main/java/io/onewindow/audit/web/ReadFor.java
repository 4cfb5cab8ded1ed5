package io.onewindow.audit.web;

import io.onewindow.audit.internal.PrivateRecord;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The department a use of personal data was made for, when that was not the reader's own (a department system
 * reading for another department's case review keeps it in the record's details as {@code forDepartment}),
 * named in the reader's language. The departments a page names are read at once; one the register does not
 * know is shown by its identifier, so that the page still says something true.
 */
@Component
class ReadFor {

    static final String DETAIL = "forDepartment";

    private final Departments departments;

    ReadFor(Departments departments) {
        this.departments = departments;
    }

    /** The department's name by record id, for the records that name one. */
    Map<UUID, String> of(Collection<PrivateRecord> records, Locale locale) {
        Map<UUID, String> named = new HashMap<>();
        records.forEach(r -> {
            if (r != null && r.detail() != null && r.detail().get(DETAIL) instanceof String id) {
                named.put(r.id(), id);
            }
        });
        Set<UUID> ids = named.values().stream().map(ReadFor::uuid).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, DepartmentView> found = ids.isEmpty() ? Map.of() : departments.findAll(ids);
        Map<UUID, String> names = new HashMap<>();
        named.forEach((record, id) -> {
            DepartmentView department = uuid(id) == null ? null : found.get(uuid(id));
            names.put(record, department == null ? id : department.name(locale));
        });
        return names;
    }

    /** The department's name for one record, or null if it names none. */
    String of(PrivateRecord record, Locale locale) {
        return record == null ? null : of(List.of(record), locale).get(record.id());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
