-- The e-licence library (电子证照库): every licence issued or imported, with its signed credential as issued
-- (kept as text: the bytes the holder downloads), its place in the status lists, and its current status.
create schema if not exists licences;

create sequence licences.serial;
-- Positions in the status lists: list = position / 131072 + 1, the index within the list spread from it.
create sequence licences.status_position;

create table licences.licence
(
    id                uuid primary key,
    identifier        text        not null unique, -- 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check>
    -- Printed in the licence's QR code: with it the public verification page shows the printed fields; with the
    -- identifier alone (serials are sequential) only the status, the type and the issuer.
    verify_code       text        not null,
    licence_type      varchar(60) not null,
    holder_kind       varchar(12) not null check (holder_kind in ('PERSON', 'ENTERPRISE')),
    holder_id         uuid        not null,
    holder_name       text        not null,
    holder_identifier text        not null, -- citizen ID or unified social credit code
    department_id     uuid        not null,
    department_code   varchar(40) not null,
    department_name   text        not null,
    fields            jsonb       not null,
    valid_from        timestamptz not null,
    valid_until       timestamptz,
    status            varchar(12) not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    status_reason     text,
    status_changed_at timestamptz,
    status_list       int         not null,
    status_index      int         not null,
    credential        text        not null,
    source            varchar(12) not null check (source in ('CASE', 'IMPORT', 'DEMO')),
    case_id           uuid unique,
    issued_at         timestamptz not null,
    unique (status_list, status_index)
);
create index licence_holder on licences.licence (holder_id);
create index licence_department on licences.licence (department_id, issued_at desc);

-- The signed BitstringStatusListCredential of each list and purpose, rewritten in the transaction that sets a bit.
create table licences.status_list
(
    purpose    varchar(12) not null check (purpose in ('revocation', 'suspension')),
    list_no    int         not null,
    bits       bytea       not null,
    credential text        not null,
    updated_at timestamptz not null,
    primary key (purpose, list_no)
);

-- Every key the platform has signed licences with; the DID document lists them all, so that licences signed
-- before a key rotation keep verifying.
create table licences.issuer_key
(
    id         text primary key, -- the verification method, did:web:<host>#<multibase>
    algorithm  varchar(10) not null check (algorithm in ('Ed25519', 'SM2')),
    multikey   text        not null,
    first_used timestamptz not null
);

-- Links a holder made to show a licence to someone (亮证), until they expire or the holder withdraws them.
create table licences.share
(
    token      text primary key,
    licence_id uuid        not null references licences.licence (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index share_licence on licences.share (licence_id);

-- A held licence that stood for a material of an application (免提交).
create table licences.use
(
    licence_id   uuid        not null references licences.licence (id),
    case_id      uuid        not null,
    material_key text        not null,
    used_at      timestamptz not null,
    primary key (licence_id, case_id, material_key)
);
