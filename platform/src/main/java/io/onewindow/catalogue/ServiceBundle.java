package io.onewindow.catalogue;

import io.onewindow.divisions.DivisionLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a bundle (一件事一次办): several items of several departments applied for at once, each
 * member fixed at a published version, with the questions they have in common asked once. The lead
 * department ({@code departmentCode}) answers for the bundle; {@code promisedDays} and {@code trips} are
 * what the bundle as a whole promises.
 */
public record ServiceBundle(String code, int version, EntryState state, Text name, Text summary,
                            String departmentCode, UUID departmentId, DivisionLevel level,
                            Set<Audience> audiences, Set<LifeEvent> lifeEvents, Set<BusinessEvent> businessEvents,
                            List<BundleMember> members, List<SharedQuestion> sharedQuestions,
                            int promisedDays, int trips, List<String> keywords, Instant publishedAt) implements CatalogueEntry {

    /** A member item at the version the bundle was published with. */
    public record BundleMember(String itemCode, int version) {
    }

    /**
     * A question asked once for the whole bundle, and the field of each member's form it answers
     * ({@code fields}): the answer is copied to every one of them.
     */
    public record SharedQuestion(String key, Text label, Text hint, String prefill, List<FieldMapping> fields) {

        public SharedQuestion {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** A member item's form field that a shared question fills. */
    public record FieldMapping(String itemCode, String field) {
    }
}
