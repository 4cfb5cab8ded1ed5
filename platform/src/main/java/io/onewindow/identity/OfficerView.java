package io.onewindow.identity;

import io.onewindow.kernel.access.Role;
import java.util.Set;
import java.util.UUID;

/** An officer's appointment in a department. */
public record OfficerView(UUID id, UUID personId, String personName, UUID departmentId, String title, Set<Role> roles,
                          String scopeDivision) {
}
