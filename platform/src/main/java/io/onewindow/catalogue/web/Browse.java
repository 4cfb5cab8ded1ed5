package io.onewindow.catalogue.web;

import io.onewindow.catalogue.Audience;
import io.onewindow.catalogue.BusinessEvent;
import io.onewindow.catalogue.LifeEvent;
import io.onewindow.catalogue.ServiceQuery;
import io.onewindow.divisions.DivisionLevel;
import java.util.Arrays;
import java.util.Locale;

/**
 * The filters of a catalogue search as they come in a URL ({@code ?q=&audience=&department=&level=&event=&page=}):
 * an event is a life event or a business event by name, a level a level of government ({@code CITY},
 * {@code COUNTY}, …); a value that names nothing is ignored, as a person editing the address would expect.
 */
public record Browse(String q, String audience, String department, String level, String event, Integer page) {

    static final int PAGE_SIZE = 20;

    ServiceQuery query(int size) {
        return new ServiceQuery(q, parse(Audience.class, audience), department == null || department.isBlank() ? null : department.strip(),
                parse(DivisionLevel.class, level), parse(LifeEvent.class, event), parse(BusinessEvent.class, event), null, page == null ? 0 : page, size);
    }

    boolean filtered() {
        return !(blank(q) && blank(audience) && blank(department) && blank(level) && blank(event));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
