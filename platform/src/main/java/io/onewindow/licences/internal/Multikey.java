package io.onewindow.licences.internal;

import io.onewindow.kernel.crypto.BouncyCastle;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * Public keys as multibase Multikey values (W3C Controlled Identifiers): {@code z} + base58btc of a multicodec
 * prefix and the key, {@code 0xed01} for Ed25519 (the keys of {@code did:key:z6Mk…}) and {@code 0x8624}
 * ({@code sm2-pub}, 0x1206) for an SM2 key as a compressed point.
 */
public final class Multikey {

    private static final byte[] ED25519_PREFIX = {(byte) 0xed, 0x01};
    private static final byte[] SM2_PREFIX = {(byte) 0x86, 0x24};
    private static final byte[] ED25519_SPKI = HexFormat.of().parseHex("302a300506032b6570032100");

    private Multikey() {
    }

    public static String ed25519(PublicKey key) {
        byte[] encoded = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        return "z" + Base58.encode(concat(ED25519_PREFIX, raw));
    }

    public static String sm2(PublicKey key) {
        var point = ((org.bouncycastle.jce.interfaces.ECPublicKey) asBouncyCastle(key)).getQ().getEncoded(true);
        return "z" + Base58.encode(concat(SM2_PREFIX, point));
    }

    /** The key of a multibase Multikey value, Ed25519 or SM2. */
    public static PublicKey decode(String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new InvalidCredentialException("a Multikey is base58btc multibase (z…): " + multibase);
        }
        byte[] bytes = Base58.decode(multibase.substring(1));
        try {
            if (bytes.length == 34 && bytes[0] == ED25519_PREFIX[0] && bytes[1] == ED25519_PREFIX[1]) {
                byte[] spki = concat(ED25519_SPKI, Arrays.copyOfRange(bytes, 2, 34));
                return KeyFactory.getInstance("Ed25519", BouncyCastle.provider()).generatePublic(new X509EncodedKeySpec(spki));
            }
            if (bytes.length == 35 && bytes[0] == SM2_PREFIX[0] && bytes[1] == SM2_PREFIX[1]) {
                ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
                var point = curve.getCurve().decodePoint(Arrays.copyOfRange(bytes, 2, 35));
                return KeyFactory.getInstance("EC", BouncyCastle.provider()).generatePublic(new ECPublicKeySpec(point, curve));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidCredentialException("not a valid key: " + multibase);
        }
        throw new InvalidCredentialException("neither an Ed25519 nor an SM2 Multikey: " + multibase);
    }

    private static PublicKey asBouncyCastle(PublicKey key) {
        if (key instanceof org.bouncycastle.jce.interfaces.ECPublicKey) {
            return key;
        }
        try {
            return KeyFactory.getInstance("EC", BouncyCastle.provider())
                    .generatePublic(new X509EncodedKeySpec(((ECPublicKey) key).getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an SM2 key", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
