package io.onewindow.kernel.crypto;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The BouncyCastle provider, registered once, for the national algorithms (SM2/SM3/SM4) the JDK lacks. */
public final class BouncyCastle {

    public static final String PROVIDER = BouncyCastleProvider.PROVIDER_NAME;

    static {
        if (Security.getProvider(PROVIDER) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private BouncyCastle() {
    }

    public static Provider provider() {
        return Security.getProvider(PROVIDER);
    }
}
