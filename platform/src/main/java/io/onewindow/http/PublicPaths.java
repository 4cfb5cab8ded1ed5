package io.onewindow.http;

import java.util.List;

/**
 * Paths a module serves to everybody without login (its public pages, assets, open APIs). Each module
 * declares its own as a bean; everything else needs a signed-in user, and roles are checked on the
 * controllers themselves.
 */
@FunctionalInterface
public interface PublicPaths {

    /** Ant-style patterns, e.g. {@code /log/**}. */
    List<String> patterns();
}
