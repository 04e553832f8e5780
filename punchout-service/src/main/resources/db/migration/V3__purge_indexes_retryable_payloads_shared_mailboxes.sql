-- Purging a session sets exchange.session_id to null (ON DELETE SET NULL) and deleting an account cascades to its
-- sessions: without these indexes each deleted row scans the audit table or the session table.
create index exchange_session_idx on exchange (session_id);
create index punchout_session_account_idx on punchout_session (account_id);
create index punchout_session_connection_idx on punchout_session (connection_id);
-- the retention purge selects old audit rows across connections
create index exchange_occurred_at_idx on exchange (occurred_at);

-- An inbound document answered with a 5xx Status ("please retry"): a retry with the same payloadID takes the row over
-- (insert ... on conflict ... do update ... where retry_allowed), so the unique (connection, payloadID) stays the
-- replay guard for every other answer.
alter table exchange add column retry_allowed boolean not null default false;

-- Two buyer users may share a mailbox: the e-mail identifies only accounts without a UniqueName.
drop index customer_account_email_uq;
create unique index customer_account_email_only_uq on customer_account (connection_id, lower(email))
    where unique_name is null;
create index customer_account_email_idx on customer_account (connection_id, lower(email));

-- Leases of jobs that one replica runs at a time (e.g. the retention purge): whoever moves lease_until wins.
create table job_lease (
    name        varchar(100) primary key,
    held_by     varchar(100) not null,
    lease_until timestamptz  not null
);
