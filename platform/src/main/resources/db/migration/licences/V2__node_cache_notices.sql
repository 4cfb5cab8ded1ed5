-- How many licences a holder has, counted on the workbench (LicenceStore.countHeldBy), kept by nodes until a licence
-- of theirs is issued, moves or is deleted (see notify_cache_change in the root migrations); a change of status
-- changes no count.
create trigger licence_changed after insert or update of holder_id or delete on licences.licence
    for each row execute function notify_cache_change('licences-held', 'holder_id');
