package io.onewindow.audit.web;

import io.onewindow.audit.internal.PrivateRecord;
import io.onewindow.identity.Departments;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The department a use of personal data was made for, when that was not the reader's own (a department system
 * reading for another department's case review keeps it in the record's details as {@code forDepartment}),
 * named in the reader's language. Each department is looked up once however many records name it; one the
 * register no longer knows is shown by its identifier, so that the page still says something true.
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
        Map<String, String> names = new HashMap<>();
        Map<UUID, String> found = new HashMap<>();
        for (PrivateRecord record : records) {
            if (record != null && record.detail() != null && record.detail().get(DETAIL) instanceof String id) {
                found.put(record.id(), names.computeIfAbsent(id, d -> name(d, locale)));
            }
        }
        return found;
    }

    /** The department's name for one record, or null if it names none. */
    String of(PrivateRecord record, Locale locale) {
        return record == null ? null : of(java.util.List.of(record), locale).get(record.id());
    }

    private String name(String id, Locale locale) {
        try {
            return departments.find(UUID.fromString(id)).map(d -> d.name(locale)).orElse(id);
        } catch (IllegalArgumentException e) {
            return id;
        }
    }
}
