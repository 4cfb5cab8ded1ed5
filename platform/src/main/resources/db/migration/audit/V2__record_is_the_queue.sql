-- The record table is the log's queue: each record carries the id of the transaction that wrote it, and the
-- log remembers the last (transaction, record) it integrated. The integrator takes records past that mark
-- from transactions that have all ended (below the oldest running transaction id), so a record committed
-- late by a long transaction is never skipped, and an audited action writes one row instead of two.
alter table audit.record add column txid bigint not null default 0;
-- Records already in the log stay at 0, below the mark; those still queued move above it.
update audit.record set txid = 1 where id in (select record_id from audit.pending);
alter table audit.record alter column txid set default pg_current_xact_id()::text::bigint;
create index record_queue_idx on audit.record (txid, id);

alter table audit.tree
    add column integrated_txid bigint not null default 0,
    add column integrated_id   uuid   not null default 'ffffffff-ffff-ffff-ffff-ffffffffffff';

drop table audit.pending;

-- What waits for the log, for operators and tests.
create view audit.queue as
select r.*
from audit.record r,
     audit.tree t
where t.id = 1
  and (r.txid, r.id) > (t.integrated_txid, t.integrated_id);
