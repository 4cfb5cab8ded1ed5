-- The log's leaves are kept per integration batch instead of per record. A row per record (audit.leaf: its heap
-- tuple, two index entries and a foreign key check that locked the record's row, so wrote to its page again) cost
-- PostgreSQL more than half of what the record's own insert did. A batch lists its records' ids in log order, the
-- first at leaf first_leaf, and ends at the queue position (last_txid, last_id) of its last record. Batches are
-- contiguous runs of the queue, so a record's batch is the first one ending at or after the record's position.
create table audit.batch
(
    first_leaf bigint primary key,
    last_txid  bigint not null,
    last_id    uuid   not null,
    ids        uuid[] not null
);
create unique index batch_end_idx on audit.batch (last_txid, last_id);

-- Records logged before the record table was the queue (txid 0) took their leaves in the order they arrived, not in
-- queue order. They move ahead of every queue position, in leaf order, so that the log is in queue order throughout.
update audit.record r
set txid = l.leaf_index - 4611686018427387904
from audit.leaf l
where l.record_id = r.id
  and r.txid = 0;

insert into audit.batch (first_leaf, last_txid, last_id, ids)
select min(l.leaf_index),
       (array_agg(r.txid order by l.leaf_index desc))[1],
       (array_agg(r.id order by l.leaf_index desc))[1],
       array_agg(r.id order by l.leaf_index)
from audit.leaf l
         join audit.record r on r.id = l.record_id
group by l.leaf_index / 4096;

drop table audit.leaf;

-- Each record's position in the log, for operators and tests; the platform finds one record's through its batch.
create view audit.leaf as
select b.first_leaf + e.n - 1 as leaf_index, e.record_id
from audit.batch b,
     unnest(b.ids) with ordinality e(record_id, n);

-- The foreign key from the leaf kept a logged record from being deleted; records are never deleted at all.
create function audit.record_never_deleted() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit record % cannot be deleted: audit records are kept for good', old.id
        using errcode = 'restrict_violation';
end
$$;
create trigger record_never_deleted
    before delete
    on audit.record
    for each row
execute function audit.record_never_deleted();

-- The search matches an actor by account name or display name, which this index could not serve (the search read
-- the time index instead); every audited action paid for keeping it. The search's action prefix is matched in the
-- C collation, which lets a LIKE prefix use an index whatever the database's collation.
drop index audit.record_actor_idx;
drop index audit.record_action_idx;
create index record_action_idx on audit.record (action collate "C", at desc);
