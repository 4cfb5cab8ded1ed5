package io.onewindow.kernel.crypto;

/** What a key signs; each purpose has its own key so that one can be rotated without the others. */
public enum KeyPurpose {
    /** Ed25519: checkpoints of the transparency log (C2SP signed-note). */
    LOG("log"),
    /** SM2 (GM/T 0003): the optional second checkpoint signature, for verifiers that require national algorithms. */
    LOG_SM2("log-sm2"),
    /** Ed25519: short-lived tokens such as personal codes (一人一码). */
    TOKEN("token"),
    /** Ed25519: e-licence credentials and their status lists (eddsa-rdfc-2022). */
    LICENCE("licence"),
    /** SM2: the second proof on e-licence credentials, for verifiers that require national algorithms. */
    LICENCE_SM2("licence-sm2");

    private final String alias;

    KeyPurpose(String alias) {
        this.alias = alias;
    }

    /** Whether the key is an SM2 key (GM/T 0003) rather than Ed25519. */
    public boolean sm2() {
        return this == LOG_SM2 || this == LICENCE_SM2;
    }

    /** The alias of this key in the keystore. */
    public String alias() {
        return alias;
    }
}
