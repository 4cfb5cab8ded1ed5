-- A run that keeps only the eligible writes no clause values: they all held, so its rows leave the array null and
-- the run records how many clauses it evaluated. Its partition is not keyed by subject either: a run's results are
-- read whole (compared with the next run, offered to the newly eligible), never one subject at a time, and building
-- a key per run cost a sixth of matching the whole audience. Partitions written before keep their keys.
alter table benefits.run add column clause_count smallint check (clause_count >= 0);
alter table benefits.run_result alter clauses drop not null;
