-- A run's results as a run writes them now. They are partitioned by the run's number instead of its ID, which
-- every row repeats: four bytes instead of sixteen. A run that keeps only the eligible writes no clause values:
-- they all held, so its rows leave the array null and the run records how many clauses it evaluated. And a
-- partition is not keyed by subject: the results are read whole (compared with the next run, offered to the newly
-- eligible), and building a key for each run cost a sixth of matching the whole audience. Existing partitions
-- are moved into the new table, unkeyed.
alter table benefits.run add column clause_count smallint check (clause_count >= 0);
alter table benefits.run add column number integer generated always as identity unique;
alter table benefits.run_result rename to run_result_by_id;
create table benefits.run_result
(
    run_number integer   not null,
    subject_id uuid      not null,
    clauses    boolean[],
    eligible   boolean   not null
) partition by list (run_number);

do $$
declare
    run  record;
    name text;
begin
    for run in select r.id, r.number from benefits.run r where exists (select 1 from benefits.run_result_by_id x where x.run_id = r.id) loop
        name := 'run_result_' || run.number;
        execute format('create table benefits.%I partition of benefits.run_result for values in (%s)', name, run.number);
        execute format('insert into benefits.%I select %s, subject_id, clauses, eligible from benefits.run_result_by_id where run_id = %L',
                       name, run.number, run.id);
    end loop;
end
$$;
drop table benefits.run_result_by_id;
