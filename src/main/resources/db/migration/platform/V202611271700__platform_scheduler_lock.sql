-- ShedLock's table: a scheduled job runs on one node at a time when several nodes share the database.
create table platform_scheduler_lock (
    name varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null
);
