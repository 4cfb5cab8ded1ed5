package io.onewindow.kernel.code;

import java.util.Map;
import java.util.Objects;

import static io.onewindow.kernel.code.CodeError.LICENCE_ID_CHECK_CHARACTER;
import static io.onewindow.kernel.code.CodeError.LICENCE_ID_PARTS;
import static io.onewindow.kernel.code.CodeError.LICENCE_ID_PREFIX;
import static io.onewindow.kernel.code.CodeError.LICENCE_ID_SERIAL;
import static io.onewindow.kernel.code.CodeError.LICENCE_ID_TYPE_CODE;
import static io.onewindow.kernel.code.CodeError.LICENCE_ID_VERSION;

/**
 * The identifier of an electronic licence (电子证照标识) after the national convention:
 * {@code 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<3-digit version>.<check character>}, where
 * 1.2.156.3005.2 is the OID arc of e-licences, the issuer is the issuing department's unified social credit
 * code, and the check character is ISO/IEC 7064 MOD 37,36 over every digit and letter before it (the dots
 * are separators and do not count). Issuing a new version of a licence keeps its serial.
 */
public record LicenceIdentifier(String typeCode, UnifiedSocialCreditCode issuer, String serial, int version) {

    public static final String PREFIX = "1.2.156.3005.2";

    /** The characters in the order of their values 0 to 35 (ISO/IEC 7064, alphanumeric). */
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final int MODULUS = 36;
    private static final String PART = "[0-9A-Z]{1,32}";

    public LicenceIdentifier {
        Objects.requireNonNull(issuer, "issuer");
        if (typeCode == null || !typeCode.matches(PART)) {
            throw new InvalidCodeException(LICENCE_ID_TYPE_CODE, Map.of("typeCode", String.valueOf(typeCode)));
        }
        if (serial == null || !serial.matches(PART)) {
            throw new InvalidCodeException(LICENCE_ID_SERIAL, Map.of("serial", String.valueOf(serial)));
        }
        if (version < 1 || version > 999) {
            throw new InvalidCodeException(LICENCE_ID_VERSION, Map.of("version", String.valueOf(version)));
        }
    }

    /**
     * Checks an identifier as typed (spaces dropped, full-width characters and lower case accepted) and refuses
     * it with the first reason found: prefix, number of parts, type code, issuer code (with the credit code's
     * own reason), serial, version, check character.
     */
    public static LicenceIdentifier parse(String raw) {
        var value = CodeInput.normalize(raw);
        if (!value.startsWith(PREFIX + ".")) {
            var shown = value.length() > PREFIX.length() ? value.substring(0, PREFIX.length()) : value;
            throw new InvalidCodeException(LICENCE_ID_PREFIX, Map.of("prefix", shown));
        }
        var parts = value.substring(PREFIX.length() + 1).split("\\.", -1);
        if (parts.length != 5) {
            throw new InvalidCodeException(LICENCE_ID_PARTS, Map.of("actual", parts.length));
        }
        if (!parts[3].matches("\\d{3}")) {
            throw new InvalidCodeException(LICENCE_ID_VERSION, Map.of("version", parts[3]));
        }
        if (!parts[0].matches(PART)) {
            throw new InvalidCodeException(LICENCE_ID_TYPE_CODE, Map.of("typeCode", parts[0]));
        }
        var identifier = new LicenceIdentifier(parts[0], new UnifiedSocialCreditCode(parts[1]), parts[2],
                Integer.parseInt(parts[3]));
        var expected = identifier.checkCharacter();
        if (!parts[4].equals(String.valueOf(expected))) {
            throw new InvalidCodeException(LICENCE_ID_CHECK_CHARACTER,
                    Map.of("expected", String.valueOf(expected), "actual", parts[4]));
        }
        return identifier;
    }

    /**
     * ISO/IEC 7064 MOD 37,36 (hybrid system, M = 36): P starts at 36; for each character value a,
     * S = (P + a) mod 36 (0 counts as 36) and P = 2S mod 37; the check value c makes (P + c) mod 36 = 1.
     */
    public static char checkCharacter(String characters) {
        var product = MODULUS;
        for (var i = 0; i < characters.length(); i++) {
            var c = characters.charAt(i);
            if (c == '.') {
                continue;
            }
            var value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a character of MOD 37,36: " + c);
            }
            var sum = (product + value) % MODULUS;
            product = (sum == 0 ? MODULUS : sum) * 2 % (MODULUS + 1);
        }
        return ALPHABET.charAt((MODULUS + 1 - product) % MODULUS);
    }

    /** The same licence in its next version (换证): the serial stays, the version counts up. */
    public LicenceIdentifier nextVersion() {
        return new LicenceIdentifier(typeCode, issuer, serial, version + 1);
    }

    public char checkCharacter() {
        return checkCharacter(withoutCheck());
    }

    public String value() {
        return withoutCheck() + "." + checkCharacter();
    }

    private String withoutCheck() {
        return PREFIX + "." + typeCode + "." + issuer.value() + "." + serial + "." + String.format("%03d", version);
    }

    @Override
    public String toString() {
        return value();
    }
}
