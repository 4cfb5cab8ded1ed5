package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.Audience;
import io.onewindow.catalogue.BusinessEvent;
import io.onewindow.catalogue.LifeEvent;
import io.onewindow.catalogue.ServiceBundle.BundleMember;
import io.onewindow.catalogue.ServiceBundle.SharedQuestion;
import io.onewindow.catalogue.Text;
import java.util.List;
import java.util.Set;

/**
 * What an editor writes of a bundle. A member whose version is 0 means "the version current when the
 * bundle is published" (so that an exported catalogue imports into another installation); publishing fixes it.
 */
public record BundleContent(String code, Text name, Text summary, String departmentCode, Set<Audience> audiences,
                            Set<LifeEvent> lifeEvents, Set<BusinessEvent> businessEvents, List<BundleMember> members,
                            List<SharedQuestion> sharedQuestions, Integer promisedDays, Integer trips, List<String> keywords) {

    public BundleContent {
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        lifeEvents = lifeEvents == null ? Set.of() : Set.copyOf(lifeEvents);
        businessEvents = businessEvents == null ? Set.of() : Set.copyOf(businessEvents);
        members = members == null ? List.of() : List.copyOf(members);
        sharedQuestions = sharedQuestions == null ? List.of() : List.copyOf(sharedQuestions);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    BundleContent withMembers(List<BundleMember> fixed) {
        return new BundleContent(code, name, summary, departmentCode, audiences, lifeEvents, businessEvents, fixed,
                sharedQuestions, promisedDays, trips, keywords);
    }
}
