package io.onewindow.identity;

import io.onewindow.kernel.access.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person was appointed to a department with these roles. */
public record OfficerAppointed(UUID officerId, UUID personId, UUID departmentId, Set<Role> roles, Instant at) {
}
