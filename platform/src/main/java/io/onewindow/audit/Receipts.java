package io.onewindow.audit;

import java.util.Optional;
import java.util.UUID;

/** Receipts of recorded actions, for the people who took them and anyone they show them to. */
public interface Receipts {

    /** The receipt of the record with this id; empty if no such record exists (yet). */
    Optional<Receipt> find(UUID id);
}
