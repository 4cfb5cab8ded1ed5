-- Spring Modulith's event publication registry: the transactional outbox. A domain event is written here
-- in the same transaction as the state change that caused it and is marked completed once every listener
-- has handled it; incomplete publications are resubmitted on restart.
create table event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
