-- Answers to POST requests that carried an idempotency key, replayed when the same request comes again.
create table idempotency_key
(
    scope        text        not null, -- whose key: 'user:<name>', 'session:<id>' or 'anonymous'
    key          text        not null,
    fingerprint  bytea       not null, -- SHA-256 of path and body: a key reused for another request is refused
    status       int         not null,
    content_type text,
    location     text,
    body         bytea       not null,
    created_at   timestamptz not null default now(),
    primary key (scope, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
