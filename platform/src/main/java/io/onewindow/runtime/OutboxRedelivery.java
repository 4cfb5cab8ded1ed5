package io.onewindow.runtime;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listeners did not finish: a node that died after committing an event but
 * before its listeners ran leaves the publication incomplete in the outbox, and any living node picks it up
 * here. Listeners are idempotent (the audit trail records an event once by its id), so a delivery that was
 * only slow, not lost, does no harm.
 */
@Component
class OutboxRedelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    OutboxRedelivery(IncompleteEventPublications incomplete,
                     @Value("${onewindow.outbox.redeliver-after:PT1M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${onewindow.outbox.redeliver-every:PT30S}", initialDelayString = "PT30S")
    void redeliver() {
        log.debug("Redelivering event publications incomplete for more than {}", olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
