-- What a node keeps of the database between requests (runtime's NodeCaches) is forgotten when PostgreSQL tells every
-- node, on the channel onewindow_cache, that a row changed: '<cache>:<key>', sent when the changing transaction commits,
-- whoever made the change (any node, an import, an operator by hand). A notice names a key only, never what changed.

-- The trigger function for a table whose rows a cache keeps by one column: the cache's name and the column are the
-- trigger's two arguments; the key before and after the change are both told (a row may move to another key).
create function notify_cache_change() returns trigger language plpgsql as $$
declare
    old_key text;
    new_key text;
begin
    if tg_op <> 'INSERT' then
        old_key := to_jsonb(old) ->> tg_argv[1];
        if old_key is not null then
            perform pg_notify('onewindow_cache', tg_argv[0] || ':' || old_key);
        end if;
    end if;
    if tg_op <> 'DELETE' then
        new_key := to_jsonb(new) ->> tg_argv[1];
        if new_key is not null and new_key is distinct from old_key then
            perform pg_notify('onewindow_cache', tg_argv[0] || ':' || new_key);
        end if;
    end if;
    return null;
end $$;

-- Sessions (http's SessionStore keeps them by their ID): a change to a session's row or its attributes.
create trigger spring_session_changed after update or delete on spring_session
    for each row execute function notify_cache_change('session', 'session_id');

create function spring_session_attribute_changed() returns trigger language plpgsql as $$
declare
    id char(36);
begin
    select session_id into id from spring_session
    where primary_id = case when tg_op = 'DELETE' then old.session_primary_id else new.session_primary_id end;
    if id is not null then
        perform pg_notify('onewindow_cache', 'session:' || id);
    end if;
    return null;
end $$;

create trigger spring_session_attribute_changed after insert or update or delete on spring_session_attributes
    for each row execute function spring_session_attribute_changed();
