-- The service catalogue: every version of every entry (a service item or a bundle of items), drafts
-- included. The content is the entry's guide as JSON; the columns beside it are what lists and checks need.
create schema if not exists catalogue;

create table catalogue.entry_version
(
    code            varchar(40) not null, -- implementation code (实施编码) of the item, or the bundle's code
    version         int         not null check (version > 0),
    kind            varchar(10) not null check (kind in ('ITEM', 'BUNDLE')),
    state           varchar(12) not null check (state in ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'RETIRED')),
    department_code varchar(40) not null,
    name            text        not null,
    content         jsonb       not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    published_at    timestamptz,
    retired_at      timestamptz,
    primary key (code, version),
    check ((state = 'DRAFT') = (published_at is null))
);
-- At most one draft and one current version of an entry.
create unique index entry_version_one_draft on catalogue.entry_version (code) where state = 'DRAFT';
create unique index entry_version_one_current on catalogue.entry_version (code) where state = 'PUBLISHED';
create index entry_version_department on catalogue.entry_version (department_code, state);

-- A published version never changes and is never deleted: cases filed under it read it for years. Only its
-- state moves on (superseded by a newer version, or retired).
create function catalogue.published_versions_stay() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        if old.published_at is not null then
            raise exception 'version % of % was published and cannot be deleted', old.version, old.code;
        end if;
        return old;
    end if;
    if old.published_at is not null and (new.content is distinct from old.content or new.name is distinct from old.name
        or new.department_code is distinct from old.department_code or new.kind is distinct from old.kind
        or new.code is distinct from old.code or new.version is distinct from old.version
        or new.published_at is distinct from old.published_at) then
        raise exception 'version % of % was published and cannot change', old.version, old.code;
    end if;
    return new;
end;
$$;

create trigger entry_version_published_versions_stay
    before update or delete
    on catalogue.entry_version
    for each row
execute function catalogue.published_versions_stay();

-- Counts the changes to what is published, so that every node rebuilds its search index when it moves.
create table catalogue.revision
(
    id       int primary key check (id = 1),
    revision bigint not null
);
insert into catalogue.revision (id, revision) values (1, 0);
