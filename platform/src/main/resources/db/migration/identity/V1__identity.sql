-- Identity: people, enterprises, departments, officers and the accounts they log in with.
create schema if not exists identity;

create table identity.person
(
    id             uuid primary key,
    version        int          not null,
    citizen_id     char(18)     not null unique, -- GB 11643; gender and birth date are read from it, not stored
    name           varchar(64)  not null,
    phone          varchar(20),
    division_code  varchar(12)  not null,        -- where they live: county, township or village
    address_detail varchar(200),
    created_at     timestamptz  not null
);

create table identity.enterprise
(
    id                      uuid primary key,
    version                 int          not null,
    uscc                    char(18)     not null unique, -- GB 32100 unified social credit code
    name                    varchar(200) not null,
    legal_representative_id uuid         not null references identity.person (id),
    industry                char(1)      not null,        -- GB/T 4754 section A..T
    division_code           varchar(12)  not null,
    size                    varchar(10)  not null,
    established_on          date         not null,
    created_at              timestamptz  not null
);
create index enterprise_legal_representative_idx on identity.enterprise (legal_representative_id);

-- People authorised to act for an enterprise besides its legal representative (经办人).
create table identity.enterprise_agent
(
    enterprise_id uuid        not null references identity.enterprise (id) on delete cascade,
    person_id     uuid        not null references identity.person (id),
    granted_at    timestamptz not null,
    primary key (enterprise_id, person_id)
);
create index enterprise_agent_person_idx on identity.enterprise_agent (person_id);

create table identity.department
(
    id            uuid primary key,
    version       int          not null,
    code          varchar(40)  not null unique,  -- stable short code used in URLs and configuration
    name          varchar(100) not null,
    name_en       varchar(200) not null,
    uscc          char(18) unique,
    level         varchar(10)  not null,         -- PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE
    division_code varchar(12)  not null,
    parent_id     uuid references identity.department (id),
    created_at    timestamptz  not null
);

create table identity.officer
(
    id             uuid primary key,
    version        int         not null,
    person_id      uuid        not null references identity.person (id),
    department_id  uuid        not null references identity.department (id),
    title          varchar(64) not null,
    roles          text[]      not null,          -- OFFICER, DEPT_ADMIN, DATA_ADMIN, AUDITOR
    scope_division varchar(12) not null,          -- the area whose matters this officer may handle
    active         boolean     not null,
    created_at     timestamptz not null,
    unique (person_id, department_id)
);
create index officer_department_idx on identity.officer (department_id) where active;

create table identity.account
(
    id            uuid primary key,
    version       int         not null,
    username      varchar(64) not null unique,
    password_hash varchar(200),                   -- null for accounts that only log in through OIDC
    person_id     uuid unique references identity.person (id),
    administrator boolean     not null,
    enabled       boolean     not null,
    oidc_issuer   text,
    oidc_subject  text,
    created_at    timestamptz not null,
    last_login_at timestamptz,
    unique (oidc_issuer, oidc_subject)
);

-- Failed logins, per account name and per client address, for throttling; shared by every node.
create table identity.login_failure
(
    throttle_key  text primary key,              -- 'user:<name>' or 'addr:<ip>'
    failures      int         not null,
    window_start  timestamptz not null,
    locked_until  timestamptz
);

-- Short codes of 一人一码/一企一码 shown at a counter; the QR carries a signed token instead.
create table identity.personal_code
(
    code         char(8) primary key,
    subject_type varchar(10) not null,           -- PERSON or ENTERPRISE
    subject_id   uuid        not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null
);
create index personal_code_expiry_idx on identity.personal_code (expires_at);
