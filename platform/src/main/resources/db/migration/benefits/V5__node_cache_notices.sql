-- A person's open offers, counted on the workbench (Offers.openFor), kept by nodes until an offer to them changes
-- (see notify_cache_change in the root migrations).
create trigger offer_changed after insert or update or delete on benefits.offer
    for each row execute function notify_cache_change('benefit-offers', 'subject_id');
