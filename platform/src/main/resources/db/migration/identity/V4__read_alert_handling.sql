-- The data bureau marks a read-limit alert handled (resolved_at, resolved_by exist since V2), with a short note.
alter table identity.read_alert add column resolution_note text;
