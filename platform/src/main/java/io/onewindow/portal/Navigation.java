package io.onewindow.portal;

import io.onewindow.kernel.access.UserAccount;
import java.util.List;
import java.util.Optional;

/** A module's entries in the site's navigation, for the reader (signed in or not). */
@FunctionalInterface
public interface Navigation {

    List<NavigationEntry> entries(Optional<UserAccount> user);
}
