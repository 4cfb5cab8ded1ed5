package io.onewindow.catalogue;

import java.util.Set;

/** A published entry as lists and search results show it. */
public record ServiceSummary(String code, int version, EntryKind kind, Text name, Text summary, String departmentCode,
                             Text departmentName, int promisedDays, int trips, long feeFen, Set<Audience> audiences) {
}
