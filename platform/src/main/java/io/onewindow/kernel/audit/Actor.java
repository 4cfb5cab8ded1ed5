package io.onewindow.kernel.audit;

import io.onewindow.kernel.access.Role;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who did something: the account, the role they acted in and their department, as recorded in the audit
 * trail. {@link #SYSTEM} stands for the platform itself (scheduled work, seeding).
 */
public record Actor(UUID accountId, String username, String name, Role role, UUID departmentId, String departmentName)
        implements Serializable {

    public static final Actor SYSTEM = new Actor(null, "system", "OneWindow", null, null, null);

    /** The signed-in user of the current thread, or {@link #SYSTEM}. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Source source) {
            return source.actor();
        }
        return SYSTEM;
    }

    /** Implemented by the principals of signed-in users. */
    public interface Source {
        Actor actor();
    }
}
