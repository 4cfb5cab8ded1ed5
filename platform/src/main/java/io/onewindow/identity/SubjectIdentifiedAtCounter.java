package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** An officer identified a person or enterprise by their personal code: an access to personal data. */
public record SubjectIdentifiedAtCounter(PersonalCodes.Subject subject, UUID subjectId, UUID officerAccountId,
                                         String officerUsername, Instant at) {
}
