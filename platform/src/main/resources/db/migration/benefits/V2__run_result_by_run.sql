-- A run's results are a partition of their own: a run writes them with one statement PostgreSQL can run in
-- parallel (CREATE TABLE AS), keys them by subject once they are all there and attaches the table as its
-- partition, so no row pays for an index insert on the way in. Runs are never deleted, so the reference to
-- benefits.run goes (a partition is attached only for a run that exists); the index of the eligible goes with
-- the table: a run keeps few rows that are not eligible, and each partition's key serves every read by subject.
alter table benefits.run_result rename to run_result_unpartitioned;
alter index benefits.run_result_pkey rename to run_result_unpartitioned_pkey;
create table benefits.run_result
(
    run_id     uuid      not null,
    subject_id uuid      not null,
    clauses    boolean[] not null,
    eligible   boolean   not null
) partition by list (run_id);

do $$
declare
    run  uuid;
    name text;
begin
    for run in select distinct run_id from benefits.run_result_unpartitioned loop
        name := 'run_result_' || replace(run::text, '-', '');
        execute format('create table benefits.%I partition of benefits.run_result for values in (%L)', name, run);
        execute format('alter table benefits.%I add constraint %I unique (subject_id)', name, name || '_subject');
        execute format('insert into benefits.%I select run_id, subject_id, clauses, eligible from benefits.run_result_unpartitioned '
                       'where run_id = %L', name, run);
    end loop;
end
$$;
drop table benefits.run_result_unpartitioned;
