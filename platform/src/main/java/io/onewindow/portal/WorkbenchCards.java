package io.onewindow.portal;

import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import java.util.List;
import java.util.Locale;

/**
 * A module's cards on the workbenches. Asked each time a workbench is shown, for the role whose workbench
 * it is and the user looking at it; a module with nothing for that role returns an empty list.
 */
@FunctionalInterface
public interface WorkbenchCards {

    List<WorkbenchCard> cards(Role role, UserAccount user, Locale locale);
}
