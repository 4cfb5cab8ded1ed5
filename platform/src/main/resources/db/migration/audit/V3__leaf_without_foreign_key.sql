-- The integrator gives leaf indexes to records it has just read from audit.record in the same transaction, and
-- records are never deleted, so every leaf names a record by construction. The foreign key checked it again at
-- a price: each leaf row's check locked its record (FOR KEY SHARE), writing to the heap pages that audited
-- actions were inserting into at that moment, one look-up and one lock per record; a batch of 4,096 leaves held
-- those pages for hundreds of milliseconds while every action's insert waited. The unique index on record_id,
-- by which a record finds its leaf, stays.
alter table audit.leaf drop constraint leaf_record_id_fkey;
