-- Proactive benefits (免申即享): policies as rules, the facts they are decided on, matching runs with one
-- boolean per clause, offers, disbursements and the payment batches sent to the treasury.
create schema if not exists benefits;

-- A policy's whole definition (clauses, dated parameters, amount) as JSON; the columns are what lists need.
create table benefits.policy
(
    code            varchar(40) primary key,
    name            text        not null,
    audience        varchar(10) not null check (audience in ('PERSON', 'ENTERPRISE')),
    department_code varchar(40) not null,
    definition      jsonb       not null,
    rules_hash      varchar(64) not null,
    updated_at      timestamptz not null
);

-- The facts persons are decided on, one row a person: fed by identity's registrations (birth date, division)
-- and by the import of the departments' data (CSV); in the demo city by its demo data. Never null, so
-- that a clause means the same in CEL and in SQL.
create table benefits.person_facts
(
    seq                 bigserial   not null unique,
    subject_id          uuid primary key,
    birth_date          date        not null,
    division            varchar(12) not null,
    hukou_local         boolean     not null default false,
    disability_grade    int         not null default 0 check (disability_grade between 0 and 4),
    employment          varchar(16) not null default 'NONE',
    insurance           varchar(10) not null default 'NONE',
    pension_receiving   boolean     not null default false,
    income_band         int         not null default 3 check (income_band between 1 and 5),
    only_child_parent   boolean     not null default false,
    graduation_year     int         not null default 0,
    business_months     int         not null default -1,
    contribution_months int         not null default 0,
    bank_account        varchar(34),
    updated_at          timestamptz not null
);

create table benefits.enterprise_facts
(
    seq                      bigserial   not null unique,
    subject_id               uuid primary key,
    established_on           date        not null,
    division                 varchar(12) not null,
    industry                 varchar(1)  not null,
    size                     varchar(6)  not null,
    headcount                int         not null default 0,
    layoff_rate              double precision not null default 0,
    si_arrears               boolean     not null default false,
    tax_paid_fen             bigint      not null default 0,
    unemployment_premium_fen bigint      not null default 0,
    graduates_hired          int         not null default 0,
    bank_account             varchar(34),
    updated_at               timestamptz not null
);

-- One run of a policy over the whole population of its audience.
create table benefits.run
(
    id             uuid primary key,
    policy_code    varchar(40) not null references benefits.policy (code),
    rules_hash     varchar(64) not null,
    decision_date  date        not null,
    snapshot_at    timestamptz,
    state          varchar(10) not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    total          bigint      not null default 0,
    done           bigint      not null default 0,
    eligible       bigint      not null default 0,
    newly_eligible bigint      not null default 0,
    no_longer      bigint      not null default 0,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    failure        text
);
create index run_policy on benefits.run (policy_code, started_at desc);

-- Every subject's outcome in a run: each clause's value, in the policy's clause order.
create table benefits.run_result
(
    run_id     uuid      not null references benefits.run (id) on delete cascade,
    subject_id uuid      not null,
    clauses    boolean[] not null,
    eligible   boolean   not null,
    primary key (run_id, subject_id)
);
create index run_result_eligible on benefits.run_result (run_id) where eligible;

create table benefits.offer
(
    id           uuid primary key,
    policy_code  varchar(40) not null references benefits.policy (code),
    run_id       uuid        not null references benefits.run (id),
    subject_id   uuid        not null,
    audience     varchar(10) not null,
    amount_fen   bigint      not null check (amount_fen >= 0),
    state        varchar(10) not null check (state in ('OFFERED', 'CONFIRMED', 'DECLINED')),
    auto         boolean     not null default false,
    created_at   timestamptz not null,
    decided_at   timestamptz,
    unique (policy_code, subject_id, run_id)
);
create index offer_subject on benefits.offer (subject_id, created_at desc);

create table benefits.payment_batch
(
    id          uuid primary key,
    number      varchar(30) not null unique,
    department_code varchar(40) not null,
    lines       int         not null,
    total_fen   bigint      not null,
    state       varchar(10) not null check (state in ('EXPORTED', 'SETTLED')),
    exported_at timestamptz not null,
    settled_at  timestamptz
);

create table benefits.disbursement
(
    id           uuid primary key,
    offer_id     uuid        not null unique references benefits.offer (id),
    policy_code  varchar(40) not null,
    department_code varchar(40) not null,
    subject_id   uuid        not null,
    amount_fen   bigint      not null,
    bank_account varchar(34) not null,
    state        varchar(10) not null check (state in ('PENDING', 'EXPORTED', 'PAID', 'FAILED', 'REPORTED')),
    batch_id     uuid references benefits.payment_batch (id),
    attempts     int         not null default 0,
    failure      text,
    created_at   timestamptz not null,
    paid_at      timestamptz
);
create index disbursement_pending on benefits.disbursement (department_code, state);
