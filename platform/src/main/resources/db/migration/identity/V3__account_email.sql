-- An e-mail address the holder gave for notifications. It is used only once confirmed with the one-time code
-- mailed to it (identity.account_code, purpose CONFIRM_EMAIL); a new address starts unconfirmed.
alter table identity.account
    add column email              text,
    add column email_confirmed_at timestamptz,
    add column email_language     text; -- zh-CN or en: the language the holder used when they gave the address
