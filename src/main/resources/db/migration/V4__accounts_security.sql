-- Accounts and security: failed-login counters, shared by every application node through the database.
-- One row per account ('account:<username>') and per client address ('address:<ip>').

create table login_throttle (
    throttle_key    varchar(300) primary key,
    failures        integer      not null default 0,
    last_failure_at timestamp    not null,
    locked_until    timestamp
);

create index ix_audit_event_username on audit_event (username);
create index ix_audit_event_action on audit_event (action);
