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
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The outbox's new publications written with their transaction's commit, in the same message ({@link CommitStatements}):
 * a publication is read only by its listeners, which run once the transaction has committed, so writing it earlier
 * costs every transaction that publishes an event a round trip for nothing. It still commits with the transaction or not
 * at all. Outside a transaction that writes, and for everything else the registry asks (marking, finding, deleting),
 * Spring Modulith's own JDBC repository does the work, on the table our migration creates ({@code event_publication}).
 * A listener that ran before the commit would find no publication to mark completed: there is none
 * ({@code PublicationsWithCommitTests} checks it; {@code @ApplicationModuleListener} runs after the commit).
 */
final class PublicationsWithCommit implements EventPublicationRepository {

    /** As Spring Modulith's JDBC repository (its second schema) inserts a publication. */
    private static final String INSERT = """
            insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                completion_attempts, last_resubmission_date)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EventPublicationRepository repository;
    private final CommitStatements commitStatements;
    private final EventSerializer serializer;

    PublicationsWithCommit(EventPublicationRepository repository, CommitStatements commitStatements, EventSerializer serializer) {
        this.repository = repository;
        this.commitStatements = commitStatements;
        this.serializer = serializer;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        if (!CommitStatements.accepting()) {
            return repository.create(publication);
        }
        Timestamp published = Timestamp.from(publication.getPublicationDate());
        List<Object> values = Arrays.asList(publication.getIdentifier(), publication.getEvent().getClass().getName(),
                publication.getTargetIdentifier().getValue(), published, serializer.serialize(publication.getEvent()).toString(),
                publication.getStatus().name(), 1, published);
        commitStatements.add(() -> List.of(new CommitStatements.Statement(INSERT, values)));
        return publication;
    }

    @Override
    public void markProcessing(UUID identifier) {
        repository.markProcessing(identifier);
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant completionDate) {
        repository.markCompleted(publication, completionDate);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        repository.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        repository.markCompleted(identifier, completionDate);
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

    /** Puts this in front of the repository Spring Modulith configures. */
    @Configuration(proxyBeanMethods = false)
    static class Wrapping {

        @Bean
        static BeanPostProcessor publicationsWrittenWithCommit(ObjectProvider<CommitStatements> commitStatements,
                                                              ObjectProvider<EventSerializer> serializer) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof EventPublicationRepository repository && !(bean instanceof PublicationsWithCommit)
                            ? new PublicationsWithCommit(repository, commitStatements.getObject(), serializer.getObject())
                            : bean;
                }
            };
        }
    }
}
