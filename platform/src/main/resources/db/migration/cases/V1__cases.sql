create schema if not exists cases;

-- An application (申请): for one item or for a bundle (一件事); a draft until submitted, then the parent of
-- one case per item, each handled by the item's department.
create table cases.application (
    id              uuid primary key,
    kind            text not null check (kind in ('ITEM', 'BUNDLE')),
    code            text not null,
    version         int not null,
    name_zh         text not null,
    name_en         text,
    account_id      uuid not null,
    subject_kind    text not null check (subject_kind in ('PERSON', 'ENTERPRISE')),
    subject_id      uuid not null,
    applicant_name  text not null,
    division_code   text not null,
    answers         jsonb not null default '{}',
    consents        jsonb not null default '{}',
    prefilled       jsonb not null default '{}',
    submitted_at    timestamptz,
    created_at      timestamptz not null,
    lock_version    int not null default 0
);
create index application_account on cases.application (account_id, created_at desc);

-- A case (办件): one item of an application at its department, with its state and its legal clock.
create table cases.case_file (
    id              uuid primary key,
    application_id  uuid not null references cases.application (id),
    item_code       text not null,
    item_version    int not null,
    name_zh         text not null,
    name_en         text,
    department_id   uuid not null,
    division_code   text not null,
    account_id      uuid not null,
    applicant_name  text not null,
    state           text not null,
    resume_state    text,
    answers         jsonb not null,
    promised_days   int not null,
    statutory_days  int not null,
    trips_saved     int not null default 0,
    submitted_at    timestamptz not null,
    accepted_on     date,
    clock_stops     jsonb not null default '[]',
    due_on          date,
    due_provisional boolean not null default false,
    decided_on      date,
    ended_at        timestamptz,
    decision        text,
    working_days_used int,
    assignee_id     uuid,
    assignee_name   text,
    escalated_at    timestamptz,
    lock_version    int not null default 0
);
create index case_application on cases.case_file (application_id);
create index case_queue on cases.case_file (department_id, due_on nulls first, submitted_at) where ended_at is null;
create index case_account on cases.case_file (account_id, submitted_at desc);
create index case_overdue on cases.case_file (due_on) where ended_at is null;

-- What happened to a case, by whom and why: the timeline the applicant and the officer read.
create table cases.case_event (
    id          bigserial primary key,
    case_id     uuid not null references cases.case_file (id),
    at          timestamptz not null,
    action      text not null,
    from_state  text,
    to_state    text not null,
    actor_name  text not null,
    reason      text
);
create index case_event_case on cases.case_event (case_id, id);

-- A material of a case: attached by a source on the platform with the applicant's consent (verified facts),
-- or uploaded (the file is kept here, never under the web root, and only ever served as a download).
create table cases.material (
    id              uuid primary key,
    application_id  uuid not null references cases.application (id),
    case_id         uuid references cases.case_file (id),
    material_key    text not null,
    source          text,
    reference       text,
    description     text,
    verified_facts  jsonb,
    file_name       text,
    content_type    text,
    size_bytes      bigint,
    content         bytea,
    created_at      timestamptz not null
);
create index material_application on cases.material (application_id);

-- 好差评: one rating per application, after it ended.
create table cases.rating (
    application_id  uuid primary key references cases.application (id),
    level           int not null check (level between 1 and 5),
    comment         text,
    rated_at        timestamptz not null
);

-- 差评整改: a rating of 不满意 or below opens one, to be answered within the rectification period and followed up.
create table cases.rectification (
    id              uuid primary key,
    application_id  uuid not null unique references cases.application (id),
    department_id   uuid not null,
    opened_on       date not null,
    due_on          date not null,
    due_provisional boolean not null,
    reply           text,
    replied_at      timestamptz,
    follow_up       text,
    followed_up_at  timestamptz
);

-- In-app notices to the applicant on every change of their cases.
create table cases.notice (
    id              bigserial primary key,
    account_id      uuid not null,
    application_id  uuid not null,
    message_key     text not null,
    arguments       jsonb not null,
    at              timestamptz not null,
    read_at         timestamptz
);
create index notice_account on cases.notice (account_id, id desc);
