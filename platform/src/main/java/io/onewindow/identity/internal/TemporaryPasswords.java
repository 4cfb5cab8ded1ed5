package io.onewindow.identity.internal;

import java.security.SecureRandom;

/**
 * Passwords an administrator hands over (a reset, an imported officer's first sign-in): twelve characters
 * from an alphabet without look-alikes (no 0/O, 1/l/I), letters and digits both, to be changed at first use.
 */
final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String from = i % 4 == 3 ? DIGITS : LETTERS;
            password.append(from.charAt(RANDOM.nextInt(from.length())));
        }
        return password.toString();
    }
}
