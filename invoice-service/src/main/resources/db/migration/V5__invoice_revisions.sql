-- Corrected invoices: the invoice row holds the current revision (document, payloadID, origin); every revision it
-- replaced is kept here, readable, with the time it was replaced. One row per (invoice, revision): two corrections
-- racing cannot both archive the same revision.
alter table invoice add column revision integer not null default 1;
alter table invoice add column cancelled_at timestamptz;

create table invoice_revision (
    id            bigserial    primary key,
    invoice_id    bigint       not null references invoice (id) on delete cascade,
    revision      integer      not null,
    payload_id    varchar(255),
    origin        varchar(16)  not null,
    purpose       varchar(32)  not null,
    document      text         not null,
    status        varchar(32)  not null,
    received_at   timestamptz  not null,
    replaced_at   timestamptz  not null,
    constraint invoice_revision_uq unique (invoice_id, revision)
);
-- a payloadID names one document: a replaced revision's payloadID sent again is a replay, never a new invoice
create unique index invoice_revision_payload_uq on invoice_revision (payload_id) where payload_id is not null;
