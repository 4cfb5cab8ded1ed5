-- A claim whose request committed changes is marked so in the transaction that committed them. Such a claim is
-- never taken over or given up, also when its answer was lost (the node died between the commit and storing the
-- answer): a repeat is told that the request was carried out, instead of carrying it out a second time.
alter table http.idempotency_key add column committed boolean not null default false;
