package io.onewindow.tlog.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verifiers a reader trusts, looked up by key name and key ID as C2SP signed-note prescribes: a
 * signature matching neither, or only one of the two, is from an unknown key and is ignored.
 */
public final class KnownVerifiers {

    private final List<NoteVerifier> verifiers;

    private KnownVerifiers(List<NoteVerifier> verifiers) {
        this.verifiers = List.copyOf(verifiers);
    }

    public static KnownVerifiers of(NoteVerifier... verifiers) {
        return new KnownVerifiers(List.of(verifiers));
    }

    public static KnownVerifiers of(List<? extends NoteVerifier> verifiers) {
        return new KnownVerifiers(new ArrayList<>(verifiers));
    }

    /**
     * The verifier for a key name and ID, if one is known.
     *
     * @throws NoteVerificationException with {@link NoteVerificationException.Reason#AMBIGUOUS_KEY} when
     *                                   more than one is
     */
    public Optional<NoteVerifier> find(String keyName, int keyId) throws NoteVerificationException {
        NoteVerifier found = null;
        for (NoteVerifier verifier : verifiers) {
            if (verifier.keyName().equals(keyName) && verifier.keyId() == keyId) {
                if (found != null) {
                    throw new NoteVerificationException(NoteVerificationException.Reason.AMBIGUOUS_KEY,
                            "ambiguous key " + keyName + "+" + NoteKeyId.hex(keyId));
                }
                found = verifier;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<NoteVerifier> all() {
        return verifiers;
    }
}
