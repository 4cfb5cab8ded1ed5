package io.onewindow.identity;

import java.util.Set;
import java.util.UUID;

/** An appointment to make, as typed: the person by citizen ID and name, roles by name. */
public record NewOfficer(UUID departmentId, String citizenId, String name, String title, Set<String> roles,
                         String scopeDivision) {
}
