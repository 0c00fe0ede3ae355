-- The sign-in throttle now counts per resolved account and remembers the address of the last good
-- sign-in (an attacker's failures elsewhere do not lock the owner out of it) and how many locks in a
-- row it has set (each lasts longer). A row may exist without any failure (a success keeps the address).
alter table identity_login_failure add column trusted_address varchar(64);
alter table identity_login_failure add column lock_count integer default 0 not null;
alter table identity_login_failure alter column last_failure_at drop not null;
