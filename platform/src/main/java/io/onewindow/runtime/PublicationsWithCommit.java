package io.onewindow.runtime;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.events.support.CompletionMode;

/**
 * The outbox's writes sent with their transaction's commit, in the same message ({@link CommitStatements}), as Spring
 * Modulith's own JDBC repository would write them, on the table our migration creates ({@code event_publication}).
 *
 * <ul>
 *   <li>A new publication: it is read only by its listeners, which run once the transaction has committed, so writing
 *   it earlier costs every transaction that publishes an event a round trip for nothing. It still commits with the
 *   transaction or not at all. A listener that ran before the commit would find no publication to mark completed: there
 *   is none ({@code PublicationsWithCommitTests} checks it; {@code @ApplicationModuleListener} runs after the commit).</li>
 *   <li>The two marks on its way out, being processed and (when completed publications are deleted) its deletion: the
 *   registry makes each in a transaction of its own, whose one statement now travels with its {@code COMMIT}, one round
 *   trip instead of two for every event told.</li>
 * </ul>
 *
 * Outside a transaction that writes, and for everything else the registry asks (finding, failing, resubmitting,
 * deleting in bulk), the repository does the work.
 */
final class PublicationsWithCommit implements EventPublicationRepository {

    /** As Spring Modulith's JDBC repository (its second schema) inserts a publication. */
    private static final String INSERT = """
            insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                completion_attempts, last_resubmission_date)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** As Spring Modulith's JDBC repository marks a publication being processed, and deletes a completed one. */
    private static final String MARK_PROCESSING = "update event_publication set status = 'PROCESSING' where id = ? and status != 'PROCESSING'";
    private static final String DELETE = "delete from event_publication where id = ?";

    private final EventPublicationRepository repository;
    private final CommitStatements commitStatements;
    private final EventSerializer serializer;
    private final boolean deletedOnCompletion;

    PublicationsWithCommit(EventPublicationRepository repository, CommitStatements commitStatements, EventSerializer serializer,
                           CompletionMode completion) {
        this.repository = repository;
        this.commitStatements = commitStatements;
        this.serializer = serializer;
        this.deletedOnCompletion = completion == CompletionMode.DELETE;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        if (!CommitStatements.accepting()) {
            return repository.create(publication);
        }
        Timestamp published = Timestamp.from(publication.getPublicationDate());
        withCommit(INSERT, Arrays.asList(publication.getIdentifier(), publication.getEvent().getClass().getName(),
                publication.getTargetIdentifier().getValue(), published, serializer.serialize(publication.getEvent()).toString(),
                publication.getStatus().name(), 1, published));
        return publication;
    }

    @Override
    public void markProcessing(UUID identifier) {
        if (!sentWithCommit(MARK_PROCESSING, List.of(identifier))) {
            repository.markProcessing(identifier);
        }
    }

    // markCompleted(TargetEventPublication, Instant) is the interface's: it marks the publication and comes here.

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        repository.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        if (!deletedOnCompletion || !sentWithCommit(DELETE, List.of(identifier))) {
            repository.markCompleted(identifier, completionDate);
        }
    }

    @Override
    public void markFailed(UUID identifier) {
        repository.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return repository.markResubmitted(identifier, resubmissionDate);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return repository.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return repository.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
                                                                                                 PublicationTargetIdentifier targetIdentifier) {
        return repository.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return repository.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        repository.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        repository.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        repository.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return repository.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return repository.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return repository.countByStatus(status);
    }

    /** Gives the statement to the transaction's commit; false where no transaction that writes can take it. */
    private boolean sentWithCommit(String sql, List<?> arguments) {
        if (!CommitStatements.accepting()) {
            return false;
        }
        withCommit(sql, arguments);
        return true;
    }

    private void withCommit(String sql, List<?> arguments) {
        commitStatements.add(() -> List.of(new CommitStatements.Statement(sql, arguments)));
    }

    /** Puts this in front of the repository Spring Modulith configures. */
    @Configuration(proxyBeanMethods = false)
    static class Wrapping {

        @Bean
        static BeanPostProcessor publicationsWrittenWithCommit(ObjectProvider<CommitStatements> commitStatements,
                                                              ObjectProvider<EventSerializer> serializer, Environment environment) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof EventPublicationRepository repository && !(bean instanceof PublicationsWithCommit)
                            ? new PublicationsWithCommit(repository, commitStatements.getObject(), serializer.getObject(),
                                    CompletionMode.from(environment))
                            : bean;
                }
            };
        }
    }
}
