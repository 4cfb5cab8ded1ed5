package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** A department was added to the register. */
public record DepartmentEstablished(UUID departmentId, String code, Instant at) {
}
