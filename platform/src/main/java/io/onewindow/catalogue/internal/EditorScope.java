package io.onewindow.catalogue.internal;

import java.util.Set;

/**
 * Whose entries an editor may change: every department's (the data bureau, and the platform itself when
 * it seeds or imports in its own name) or those of the departments they administer.
 */
public record EditorScope(boolean everyDepartment, Set<String> departmentCodes) {

    public static final EditorScope EVERY_DEPARTMENT = new EditorScope(true, Set.of());

    public EditorScope {
        departmentCodes = Set.copyOf(departmentCodes);
    }

    public static EditorScope of(Set<String> departmentCodes) {
        return new EditorScope(false, departmentCodes);
    }

    public boolean covers(String departmentCode) {
        return everyDepartment || departmentCodes.contains(departmentCode);
    }

    /** The departments to list, or null for all. */
    public Set<String> listed() {
        return everyDepartment ? null : departmentCodes;
    }

    public boolean isEmpty() {
        return !everyDepartment && departmentCodes.isEmpty();
    }
}
