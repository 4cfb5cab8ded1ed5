-- A person's unread notices, counted on the workbench (CaseNotices.unread), kept by nodes until a notice of theirs
-- changes (see notify_cache_change in the root migrations).
create trigger notice_changed after insert or update or delete on cases.notice
    for each row execute function notify_cache_change('case-notices', 'account_id');
