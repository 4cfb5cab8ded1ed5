package io.onewindow.licences;

/** Where a licence stands. Revocation is final; a suspension can be lifted (reinstated). */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED;

    public String messageKey() {
        return "licences.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
