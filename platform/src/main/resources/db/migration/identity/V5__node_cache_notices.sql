-- What nodes keep of identity's tables (see notify_cache_change in the root migrations), told when it changes.

-- An account's stamps (AccountStamps): whether it is enabled, its stamps, whether it must change its password. A
-- sign-in's time tells nothing.
create trigger account_stamps_changed after update of enabled, credentials_version, roles_version, must_change_password
    or delete on identity.account
    for each row execute function notify_cache_change('account-stamps', 'id');

-- The enterprises a person acts for (EnterpriseRegister.actingFor), by person: as agent, or as legal representative,
-- and what is shown of each enterprise (its name) for all of them.
create trigger enterprise_agent_changed after insert or update or delete on identity.enterprise_agent
    for each row execute function notify_cache_change('acting-for', 'person_id');

create function identity.enterprise_changed() returns trigger language plpgsql as $$
declare
    agent uuid;
begin
    if tg_op <> 'INSERT' then
        perform pg_notify('onewindow_cache', 'acting-for:' || old.legal_representative_id);
        for agent in select person_id from identity.enterprise_agent where enterprise_id = old.id loop
            perform pg_notify('onewindow_cache', 'acting-for:' || agent);
        end loop;
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('onewindow_cache', 'acting-for:' || new.legal_representative_id);
    end if;
    return null;
end $$;

create trigger enterprise_changed after insert or update or delete on identity.enterprise
    for each row execute function identity.enterprise_changed();
