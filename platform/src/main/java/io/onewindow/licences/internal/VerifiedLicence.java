package io.onewindow.licences.internal;

import io.onewindow.licences.LicenceView;
import io.onewindow.licences.Verification;
import org.springframework.stereotype.Component;

/**
 * What the public verification page says of a licence: its credential verified there and then (signature,
 * status list, validity), summed up in one word for people.
 */
@Component
public class VerifiedLicence {

    public enum Outcome {
        VALID,
        REVOKED,
        SUSPENDED,
        EXPIRED,
        NOT_YET_VALID,
        INVALID,
        UNKNOWN;

        public String messageKey() {
            return "licences.verify.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record Result(Outcome outcome, Verification verification) {
    }

    private final LicenceLibrary licences;
    private final PlatformCredentials credentials;

    VerifiedLicence(LicenceLibrary licences, PlatformCredentials credentials) {
        this.licences = licences;
        this.credentials = credentials;
    }

    public Result check(LicenceView licence) {
        Verification verification = credentials.verify(licences.credential(licence.id()));
        Outcome outcome;
        if (verification.verified()) {
            outcome = Outcome.VALID;
        } else if (verification.hasError("REVOKED")) {
            outcome = Outcome.REVOKED;
        } else if (verification.hasError("SUSPENDED")) {
            outcome = Outcome.SUSPENDED;
        } else if (verification.hasError("EXPIRED")) {
            outcome = Outcome.EXPIRED;
        } else if (verification.hasError("NOT_YET_VALID")) {
            outcome = Outcome.NOT_YET_VALID;
        } else {
            outcome = Outcome.INVALID;
        }
        return new Result(outcome, verification);
    }
}
