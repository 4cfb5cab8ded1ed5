-- Access that holds: real-name assurance levels, revocation stamps, authority by department function,
-- sign-ups waiting for their one-time code, and alerts about unusual reads of personal data.

-- Counts of events per key within a window (failed logins, sign-ups, code entries, reads of personal data),
-- shared by every node; reaching a limit locks the key for a while.
alter table identity.login_failure rename to throttle;
alter table identity.throttle rename column failures to events;

alter table identity.account
    add column assurance_level      smallint    not null default 1, -- 1 self-declared, 2 verified remotely, 3 verified in person
    add column assured_by           text,                           -- sign-up, administrator, sms, oidc, counter
    add column assured_at           timestamptz,
    add column must_change_password boolean     not null default false,
    -- Bumped when the password changes or the account is disabled: every open session ends.
    add column credentials_version  int         not null default 0,
    -- Bumped when what the account may do changes (appointments, enterprises, assurance): sessions re-read it.
    add column roles_version        int         not null default 0;

-- A person who entered themselves (sign-up) rather than being registered by a department.
alter table identity.person add column self_registered boolean not null default false;

-- What a department is for, where it decides who may grant which role: DATA_BUREAU, AUDIT_OFFICE.
alter table identity.department add column function text;
create unique index department_function_idx on identity.department (function) where function is not null;

-- Sign-ups waiting for the one-time code sent to a phone; the code is stored as a hash, the answers as given.
create table identity.pending_signup
(
    id            uuid primary key,
    citizen_id    text        not null,
    name          text        not null,
    phone         text        not null,
    password_hash text        not null,
    code_hash     bytea,                         -- null when no code was sent (nothing may be completed)
    person_id     uuid,                          -- the registered person the code was sent to, if any
    attempts      int         not null default 0,
    created_at    timestamptz not null,
    expires_at    timestamptz not null
);
create index pending_signup_expiry_idx on identity.pending_signup (expires_at);

-- One-time codes for an existing account: verifying the registered phone, resetting a password.
create table identity.account_code
(
    id         uuid primary key,
    account_id uuid        not null references identity.account (id),
    purpose    text        not null,              -- VERIFY_PHONE, RESET_PASSWORD
    code_hash  bytea,
    attempts   int         not null default 0,
    created_at timestamptz not null,
    expires_at timestamptz not null
);

-- An officer read personal data more often than the limit allows: the data bureau looks into it.
create table identity.read_alert
(
    id            uuid primary key,
    account_id    uuid        not null,
    username      text        not null,
    actor_name    text,
    department_id uuid,
    raised_at     timestamptz not null,
    reads         int         not null,
    resolved_at   timestamptz,
    resolved_by   text
);
create index read_alert_open_idx on identity.read_alert (raised_at desc) where resolved_at is null;
