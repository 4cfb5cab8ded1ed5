package io.onewindow.identity;

import io.onewindow.kernel.access.UserAccount;
import java.time.Instant;
import java.util.UUID;

/**
 * 一人一码 / 一企一码: a short-lived code a person shows at a counter (as a QR code or as eight digits to
 * read out) so that an officer can identify them without copying their ID card.
 */
public interface PersonalCodes {

    /** Issues a code for the signed-in person, or for an enterprise they may act for. */
    PersonalCode issue(Subject subject, UUID subjectId, UserAccount holder);

    /** An officer identifies whoever shows the code or QR token; publishes {@link SubjectIdentifiedAtCounter}. */
    Identified identify(String codeOrToken);

    enum Subject { PERSON, ENTERPRISE }

    /** What the holder shows: the digits, the signed token the QR code carries, and when both expire. */
    record PersonalCode(String digits, String token, Instant expiresAt) {
    }

    /** Who the officer has in front of them; the citizen ID is masked, the enterprise code is public. */
    record Identified(Subject subject, UUID subjectId, String name, String identifier, Instant codeExpiresAt) {
    }
}
