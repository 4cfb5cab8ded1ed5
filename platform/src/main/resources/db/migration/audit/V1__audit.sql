-- Audit: the private trail of every action (全程留痕) and the public transparency log committing to it.
create schema if not exists audit;

-- One row per auditable event. The public log holds only SHA-256(domain || salt || JCS(record)), where
-- the record is rebuilt from these columns; changing any of them breaks the commitment. Rows are written
-- once and never updated: their place in the log is kept in audit.leaf.
create table audit.record
(
    id                    uuid primary key,        -- the event's trace id; also the receipt id
    at                    timestamptz  not null,
    action                text         not null,
    actor_account         uuid,
    actor_username        text         not null,
    actor_name            text,
    actor_role            text,
    actor_department      uuid,
    actor_department_name text,
    object_type           text,
    object_id             text,
    subject               uuid,                    -- the person whose personal data was involved
    purpose               text,
    request_id            text,
    detail                jsonb        not null,
    salt                  bytea        not null,
    commitment            bytea        not null,
    recorded_at           timestamptz  not null default now()
);
create index record_subject_idx on audit.record (subject, at desc) where subject is not null;
create index record_actor_idx on audit.record (actor_username, at desc);
create index record_at_idx on audit.record (at desc);
create index record_action_idx on audit.record (action, at desc);

-- Records waiting to be added to the log, in the order they arrived.
create table audit.pending
(
    seq       bigserial primary key,
    record_id uuid not null references audit.record (id)
);

-- Each record's position in the log (its leaf index), once integrated.
create table audit.leaf
(
    leaf_index bigint primary key,
    record_id  uuid not null unique references audit.record (id)
);

-- The log: its size and root, its hash tiles and entry bundles (C2SP tlog-tiles). A partial tile or
-- bundle row grows as entries arrive; every prefix of it is what the log serves at that width.
create table audit.tree
(
    id         int primary key check (id = 1),
    size       bigint      not null,
    root       bytea       not null,
    updated_at timestamptz not null
);
insert into audit.tree (id, size, root, updated_at)
values (1, 0, decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex'), now());

create table audit.tile
(
    level smallint not null,
    index bigint   not null,
    data  bytea    not null,
    primary key (level, index)
);
-- Tiles (8 KiB when full) hold hashes, which do not compress: store them out of line without trying.
alter table audit.tile alter column data set storage external;

create table audit.entry_bundle
(
    index bigint primary key,
    data  bytea not null
);

create table audit.checkpoint
(
    size      bigint primary key,
    root      bytea       not null,
    note      text        not null,
    signed_at timestamptz not null
);

-- A citizen's report that a use of their data looks wrong, for the data bureau to look into.
create table audit.report
(
    id               uuid primary key,
    record_id        uuid        not null references audit.record (id),
    reporter_account uuid        not null,
    reporter_person  uuid        not null,
    reason           text        not null,
    status           text        not null,        -- OPEN, RESOLVED
    created_at       timestamptz not null,
    handled_by       text,
    handled_at       timestamptz,
    resolution       text
);
create index report_status_idx on audit.report (status, created_at);
create index report_reporter_idx on audit.report (reporter_person, created_at desc);
