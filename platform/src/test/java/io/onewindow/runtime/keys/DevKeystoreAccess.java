package io.onewindow.runtime.keys;

import java.nio.file.Path;

/** Lets tests create a keystore exactly as dev mode does. */
public final class DevKeystoreAccess {

    private DevKeystoreAccess() {
    }

    public static void create(Path keystore, String password) {
        DevKeystore.createIfMissing(keystore, password.toCharArray());
    }
}
