-- How many subjects each facts table holds, kept by statement triggers, so that a matching run reads the size
-- of its audience in its snapshot without counting the table (a scan a quarter as long as the match itself).
-- A statement's inserted or deleted rows are counted once from its transition table (a COPY of millions adds
-- one update); an inserting transaction holds the table's row until it commits, which serialises loads of
-- facts, not reads.
create table benefits.facts_count
(
    facts    varchar(20) primary key,
    subjects bigint not null check (subjects >= 0)
);
insert into benefits.facts_count (facts, subjects)
select 'person_facts', count(*) from benefits.person_facts
union all
select 'enterprise_facts', count(*) from benefits.enterprise_facts;

create function benefits.facts_inserted() returns trigger language plpgsql as $$
begin
    update benefits.facts_count set subjects = subjects + (select count(*) from inserted) where facts = tg_table_name;
    return null;
end $$;

create function benefits.facts_deleted() returns trigger language plpgsql as $$
begin
    update benefits.facts_count set subjects = subjects - (select count(*) from deleted) where facts = tg_table_name;
    return null;
end $$;

create function benefits.facts_truncated() returns trigger language plpgsql as $$
begin
    update benefits.facts_count set subjects = 0 where facts = tg_table_name;
    return null;
end $$;

create trigger person_facts_inserted after insert on benefits.person_facts
    referencing new table as inserted for each statement execute function benefits.facts_inserted();
create trigger person_facts_deleted after delete on benefits.person_facts
    referencing old table as deleted for each statement execute function benefits.facts_deleted();
create trigger person_facts_truncated after truncate on benefits.person_facts
    for each statement execute function benefits.facts_truncated();
create trigger enterprise_facts_inserted after insert on benefits.enterprise_facts
    referencing new table as inserted for each statement execute function benefits.facts_inserted();
create trigger enterprise_facts_deleted after delete on benefits.enterprise_facts
    referencing old table as deleted for each statement execute function benefits.facts_deleted();
create trigger enterprise_facts_truncated after truncate on benefits.enterprise_facts
    for each statement execute function benefits.facts_truncated();
