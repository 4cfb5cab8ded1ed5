-- Answers to POST requests that carried an idempotency key, replayed when the same request comes again.
-- A row is claimed (done = false) when the first request with the key starts and holds its answer once it
-- is done; a repeat that finds a claim waits for the answer without holding a database connection.
create schema if not exists http;

create table http.idempotency_key
(
    scope        text        not null, -- whose key: 'user:<name>', 'session:<id>' or 'anonymous'
    key          text        not null,
    fingerprint  bytea       not null, -- SHA-256 of path and body: a key reused for another request is refused
    done         boolean     not null default false,
    status       int,
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (scope, key)
);
create index idempotency_key_created_idx on http.idempotency_key (created_at);
