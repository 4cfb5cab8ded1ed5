-- A stored answer (a filing's is about 2 KB of JSON) was compressed on the way in, as PostgreSQL compresses any row
-- over 2 KB: processor time on every idempotent POST for a row read back only when a request is repeated, and
-- deleted within a day. Rows up to 8 KB are now kept as they are; larger answers are still compressed.
alter table http.idempotency_key set (toast_tuple_target = 8160);
