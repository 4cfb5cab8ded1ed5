-- The notice board's one table (a module of the tests).
create schema if not exists noticeboard;

create table noticeboard.notice
(
    id              uuid primary key,
    department_code text        not null,
    title           text        not null,
    posted_at       timestamptz not null
);
