-- Sending matched invoices to the buyer platform as cXML InvoiceDetailRequest. One row per invoice (never sent
-- twice): the document is written once, with its payloadID, when the invoice is queued; every attempt posts exactly
-- these bytes, so the buyer recognises a repeat by payloadID.
--   QUEUED   -> SENT (claimed, on the wire) -> ACCEPTED | REJECTED (the buyer's cXML Status)
--   SENT     -> QUEUED again (a failure worth retrying, or a claim older than the in-flight timeout: a crash)
--   QUEUED   -> FAILED after max-attempts (parked; an admin re-queues it)
create table invoice_delivery (
    invoice_id       bigint        primary key references invoice (id) on delete cascade,
    buyer            varchar(128)  not null,
    target_url       varchar(1000) not null,
    payload_id       varchar(255)  not null unique,
    document         text          not null,
    state            varchar(16)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    claimed_at       timestamptz,
    status_code      integer,
    status_text      varchar(1000),
    queued_at        timestamptz   not null,
    finished_at      timestamptz
);
create index invoice_delivery_due_idx on invoice_delivery (state, next_attempt_at);
