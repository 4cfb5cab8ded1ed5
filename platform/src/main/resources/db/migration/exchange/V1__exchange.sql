-- The data-sharing exchange (数据共享交换): the catalogue of government data resources (政务信息资源目录), the
-- requests to share them and the grants that follow, the department systems that query them, and the
-- corrections of wrong values. The 人口 and 法人 resources are served from identity's registers through its
-- API; the other resources keep their rows here.
create schema if not exists exchange;

create table exchange.resource
(
    code           text primary key,
    catalogue_code text        not null unique,
    category       text        not null check (category in ('BASE', 'THEME', 'DEPARTMENT')),
    name           text        not null,
    name_en        text        not null,
    provider_id    uuid        not null,
    summary        text        not null,
    summary_en     text        not null,
    format         text        not null,
    subject_kind   text        not null check (subject_kind in ('PERSON', 'ENTERPRISE')),
    sharing        text        not null check (sharing in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED')),
    conditions     text        not null default '',
    method         text        not null check (method in ('API', 'TABLE', 'FILE')),
    open_type      text        not null check (open_type in ('OPEN', 'CONDITIONAL_OPEN', 'NOT_OPEN')),
    update_cycle   text        not null,
    published_on   date        not null,
    registered_at  timestamptz not null,
    -- 有条件 names its conditions, 不予共享 its legal basis.
    check (sharing = 'UNCONDITIONAL' or conditions <> '')
);
create index resource_provider on exchange.resource (provider_id);

create table exchange.item
(
    resource_code text    not null references exchange.resource (code),
    position      int     not null,
    name          text    not null,
    label         text    not null,
    label_en      text    not null,
    data_type     text    not null,
    sensitivity   text    not null check (sensitivity in ('PUBLIC', 'INTERNAL', 'SENSITIVE', 'CORE')),
    personal      boolean not null,
    mask          text    not null,
    primary key (resource_code, name)
);

-- The rows of the resources the exchange holds itself; subject is the citizen ID or the credit code.
create table exchange.record
(
    resource_code text  not null references exchange.resource (code),
    subject       text  not null,
    person_id     uuid,
    seq           int   not null,
    data          jsonb not null,
    version       int   not null default 1,
    primary key (resource_code, subject, seq)
);

-- Every value a correction replaced, kept.
create table exchange.record_version
(
    resource_code text        not null,
    subject       text        not null,
    seq           int         not null,
    version       int         not null,
    data          jsonb       not null,
    replaced_at   timestamptz not null,
    correction_id uuid        not null,
    primary key (resource_code, subject, seq, version)
);

create table exchange.request
(
    id             uuid primary key,
    resource_code  text        not null references exchange.resource (code),
    consumer_id    uuid        not null,
    provider_id    uuid        not null,
    purpose        text        not null,
    scenario       text        not null,
    legal_basis    text        not null,
    items          text[]      not null,
    clear_values   boolean     not null,
    state          text        not null check (state in ('SUBMITTED', 'ESCALATED', 'GRANTED', 'REFUSED')),
    submitted_at   timestamptz not null,
    due_on         date        not null,
    decided_at     timestamptz,
    granted_items  text[],
    reason         text
);
create index request_consumer on exchange.request (consumer_id, submitted_at desc);
create index request_provider on exchange.request (provider_id, submitted_at desc);

create table exchange.grant_
(
    id            uuid primary key,
    request_id    uuid        not null unique references exchange.request (id),
    resource_code text        not null references exchange.resource (code),
    consumer_id   uuid        not null,
    provider_id   uuid        not null,
    purpose       text        not null,
    items         text[]      not null,
    clear_values  boolean     not null,
    granted_at    timestamptz not null,
    expires_on    date        not null,
    revoked_at    timestamptz,
    revoke_reason text
);
create index grant_consumer on exchange.grant_ (consumer_id, resource_code);

-- The department systems that query the exchange (OAuth2 clients, client credentials).
create table exchange.client
(
    id             uuid primary key,
    client_id      text        not null unique,
    secret_hash    text        not null,
    department_id  uuid        not null,
    name           text        not null,
    per_minute     int         not null,
    registered_at  timestamptz not null
);

-- The key the embedded authorization server signs access tokens with: one per installation, so that every
-- node accepts the tokens of every other.
create table exchange.signing_key
(
    id          text primary key,
    private_der bytea       not null,
    public_der  bytea       not null,
    created_at  timestamptz not null
);

-- One row per query served, for the usage figures (per resource, per consumer): appended, never updated, so
-- that concurrent queries never wait on each other.
create table exchange.query_log
(
    id            bigint generated always as identity primary key,
    at            timestamptz not null,
    resource_code text        not null,
    consumer_id   uuid        not null,
    client_id     text        not null,
    purpose       text        not null,
    records       int         not null,
    persons       int         not null
);
create index query_log_resource on exchange.query_log (resource_code, consumer_id);

create table exchange.refusal
(
    id            uuid primary key,
    at            timestamptz not null,
    client_id     text        not null,
    consumer_id   uuid,
    resource_code text        not null,
    purpose       text        not null,
    reason        text        not null
);
create index refusal_at on exchange.refusal (at desc);

create table exchange.correction
(
    id            uuid primary key,
    resource_code text        not null references exchange.resource (code),
    subject       text        not null,
    seq           int         not null,
    item          text        not null,
    current_value text,
    proposed      text        not null,
    reason        text        not null,
    by_department uuid,
    by_person     uuid,
    flagged_at    timestamptz not null,
    due_on        date        not null,
    state         text        not null check (state in ('OPEN', 'ACCEPTED', 'REJECTED')),
    answer        text,
    answered_at   timestamptz
);
