-- Which modules' demo data dev mode has seeded into this database, so that nothing is seeded twice.
create schema if not exists runtime;

create table runtime.demo_data
(
    name      text primary key,
    seeded_at timestamptz not null
);
