-- PO data as last read from the PO source (buyer platform or order-sync-service), the input of every match.
create table purchase_order (
    po_number     varchar(64)  primary key,
    buyer         varchar(128),
    supplier      varchar(128) not null,
    currency      varchar(3)   not null,
    order_date    date,
    fetched_at    timestamptz  not null
);

create table purchase_order_line (
    id            bigserial      primary key,
    po_number     varchar(64)    not null references purchase_order (po_number) on delete cascade,
    line_number   integer        not null,
    quantity      numeric(19, 6) not null,
    unit_price    numeric(19, 6) not null,
    uom           varchar(16)    not null,
    commodity     varchar(128),
    tax_rate      numeric(9, 4),
    constraint purchase_order_line_uq unique (po_number, line_number)
);

-- Goods receipts; receipt_key is the idempotency key (ours, the ASN's shipmentID/line, or the buyer platform's id).
create table receipt (
    id            bigserial      primary key,
    receipt_key   varchar(128)   not null unique,
    po_number     varchar(64)    not null,
    po_line       integer        not null,
    quantity      numeric(19, 6) not null,
    received_at   timestamptz    not null,
    source        varchar(32)    not null,
    created_at    timestamptz    not null default now()
);
create index receipt_po_idx on receipt (po_number, po_line);

-- Tolerance profiles; the scope is unique with "any" (null) as a value of its own.
create table tolerance_profile (
    id            bigserial   primary key,
    buyer         varchar(128),
    supplier      varchar(128),
    commodity     varchar(128),
    rules         text        not null,
    updated_at    timestamptz not null
);
create unique index tolerance_profile_scope_uq
    on tolerance_profile (coalesce(buyer, ''), coalesce(supplier, ''), coalesce(commodity, ''));

-- Invoices and credit notes. Idempotent on supplier + invoice number and on payloadID (unique constraints).
create table invoice (
    id                 bigserial    primary key,
    supplier           varchar(128) not null,
    buyer              varchar(128),
    invoice_number     varchar(64)  not null,
    normalized_number  varchar(64)  not null,
    payload_id         varchar(255) unique,
    purpose            varchar(32)  not null,
    invoice_date       date         not null,
    currency           varchar(3)   not null,
    origin             varchar(16)  not null,
    document           text         not null,
    status             varchar(32)  not null,
    expected_total     numeric(19, 4),
    actual_total       numeric(19, 4),
    written_off        numeric(19, 4),
    match_runs         integer      not null default 0,
    received_at        timestamptz  not null,
    matched_at         timestamptz,
    constraint invoice_supplier_number_uq unique (supplier, normalized_number)
);
create index invoice_status_idx on invoice (status);

-- What each invoice line took from its PO line at the last match (the prior billings of later invoices).
create table invoice_line_result (
    id            bigserial      primary key,
    invoice_id    bigint         not null references invoice (id) on delete cascade,
    invoice_line  integer        not null,
    kind          varchar(32)    not null,
    po_number     varchar(64),
    po_line       integer,
    consumed      numeric(19, 6) not null,
    unit_price    numeric(19, 6),
    allocations   text           not null,
    constraint invoice_line_result_uq unique (invoice_id, invoice_line)
);
create index invoice_line_result_po_idx on invoice_line_result (po_number, po_line);

-- Which POs an invoice references: a receipt or PO change re-matches exactly these invoices.
create table invoice_po (
    id            bigserial   primary key,
    invoice_id    bigint      not null references invoice (id) on delete cascade,
    po_number     varchar(64) not null,
    constraint invoice_po_uq unique (invoice_id, po_number)
);
create index invoice_po_po_idx on invoice_po (po_number);

-- Exception records. A re-match clears those that no longer hold (state CLEARED, cleared_at); history stays.
create table match_exception (
    id            bigserial      primary key,
    invoice_id    bigint         not null references invoice (id) on delete cascade,
    code          varchar(64)    not null,
    invoice_line  integer,
    expected      varchar(255),
    actual        varchar(255),
    limit_value   varchar(255),
    breach_amount numeric(19, 4),
    detail        varchar(1000),
    state         varchar(16)    not null,
    raised_at     timestamptz    not null,
    resolved_at   timestamptz
);
create index match_exception_invoice_idx on match_exception (invoice_id, state);

-- Audit trail of every decision: match runs, reviewer accept/reject with reason.
create table decision (
    id            bigserial    primary key,
    invoice_id    bigint       not null references invoice (id) on delete cascade,
    action        varchar(32)  not null,
    actor         varchar(128) not null,
    reason        varchar(1000),
    outcome       varchar(32)  not null,
    decided_at    timestamptz  not null
);
create index decision_invoice_idx on decision (invoice_id);

-- Re-match requests written in the same transaction as the receipt / PO change / correction that causes them.
create table rematch_request (
    invoice_id    bigint      primary key references invoice (id) on delete cascade,
    cause         varchar(255) not null,
    requested_at  timestamptz not null
);
