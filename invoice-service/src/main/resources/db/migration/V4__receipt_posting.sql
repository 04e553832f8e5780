-- The buyer platform's own id of each PO line (Coupa receiving transactions reference order-line by that id, not by
-- PO number + line number). Filled when a receipt of the line is posted; a new PO version (lines replaced) leaves it
-- empty until the next posting resolves it again.
alter table purchase_order_line add column platform_line_id bigint;

-- Transactional outbox: receipts the supplier learned of, to be posted to the buyer platform's
-- POST /api/receiving_transactions. A row is written in the transaction that stores the receipt (one per receipt:
-- primary key), and only when the buyer's posting rule says so (ReceiptPostingPolicy).
--   PENDING  -> SENDING (claimed FOR UPDATE SKIP LOCKED, on the wire) -> SENT (platform_id = the platform's id)
--   SENDING  -> PENDING (a failure worth retrying) | FAILED (refused by the platform, no order line, or out of attempts)
--   SENDING older than the in-flight timeout (the worker died) is claimed again
--   FAILED   -> PENDING through POST /api/receipt-postings/{id}/retry
-- Every claim after the first looks the transaction up on the platform before posting (an earlier attempt may have
-- created it and its answer was lost). platform_id is unique: one platform transaction is never two receipts of ours,
-- and the receiving pull links a transaction with this id instead of recording it again.
create table receipt_posting (
    receipt_id          bigint         primary key references receipt (id) on delete cascade,
    buyer               varchar(128)   not null,
    po_number           varchar(64)    not null,
    po_line             integer        not null,
    order_line_id       bigint,
    quantity            numeric(19, 6) not null,
    transaction_date    timestamptz    not null,
    asn_number          varchar(128),
    state               varchar(16)    not null,
    attempts            integer        not null default 0,
    attempts_at_requeue integer        not null default 0,
    next_attempt_at     timestamptz    not null,
    claimed_at          timestamptz,
    platform_id         bigint         unique,
    last_error          varchar(1000),
    created_at          timestamptz    not null,
    sent_at             timestamptz,
    linked_at           timestamptz
);
create index receipt_posting_due_idx on receipt_posting (state, next_attempt_at);
create index receipt_posting_line_idx on receipt_posting (order_line_id);
create index receipt_posting_po_idx on receipt_posting (po_number, po_line);
