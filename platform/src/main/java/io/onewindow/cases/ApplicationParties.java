package io.onewindow.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * The two parties of an application as a {@link MaterialSource} sees them: the {@code applicant}, and the
 * department that reviews it ({@code reviewingDepartmentId}, the owning department of the item applied for;
 * in a bundle (一件事) that of the member item, so each member's department is a party of its own). Data
 * shared with one department for reviewing applications does not serve an application another reviews.
 */
public record ApplicationParties(Applicant applicant, UUID reviewingDepartmentId) {

    public ApplicationParties {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(reviewingDepartmentId, "reviewingDepartmentId");
    }
}
