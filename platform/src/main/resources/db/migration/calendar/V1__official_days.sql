-- The official calendar: the years whose State Council notice is loaded, and the dates of those years that
-- differ from the plain Monday–Friday week.
create schema if not exists calendar;

create table calendar.year
(
    year      int primary key,
    source    text        not null, -- the notice, e.g. 国办发明电〔2024〕12号
    loaded_at timestamptz not null
);

create table calendar.official_day
(
    date date primary key,
    kind text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name text not null
);
