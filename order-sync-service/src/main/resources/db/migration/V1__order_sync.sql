-- Integrations: one buyer platform + one ERP target each. Secrets are references, never values.
CREATE TABLE integration (
    id                        BIGSERIAL PRIMARY KEY,
    code                      TEXT        NOT NULL UNIQUE,
    origin                    TEXT        NOT NULL CHECK (origin IN ('api', 'configuration')),
    platform_url              TEXT        NOT NULL,
    client_id                 TEXT        NOT NULL,
    client_secret_ref         TEXT        NOT NULL,
    statuses                  TEXT        NOT NULL,
    schedule_seconds          BIGINT      NOT NULL CHECK (schedule_seconds > 0),
    monitoring_option         INT         NOT NULL CHECK (monitoring_option IN (1, 2, 3)),
    contact_email             TEXT        NOT NULL,
    contact_name              TEXT,
    erp_url                   TEXT        NOT NULL,
    erp_credentials_ref       TEXT,
    erp_format                TEXT        NOT NULL,
    confirmation_url          TEXT,
    confirmation_secret_ref   TEXT,
    next_run_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    run_lease_owner           TEXT,
    run_lease_until           TIMESTAMPTZ,
    run_fence                 BIGINT      NOT NULL DEFAULT 0,
    reconcile_watermark       TIMESTAMPTZ,
    next_reconcile_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Inbound cXML credentials the buyer uses for OrderRequest: one production and one test set per integration.
CREATE TABLE inbound_credential (
    id               BIGSERIAL PRIMARY KEY,
    integration_id   BIGINT NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    environment      TEXT   NOT NULL CHECK (environment IN ('production', 'test')),
    from_domain      TEXT   NOT NULL,
    from_identity    TEXT   NOT NULL,
    sender_domain    TEXT   NOT NULL,
    sender_identity  TEXT   NOT NULL,
    secret_hash      TEXT   NOT NULL,
    UNIQUE (integration_id, environment)
);
-- A From identity names exactly one integration per environment.
CREATE UNIQUE INDEX inbound_credential_from ON inbound_credential (environment, lower(from_domain), lower(from_identity));

-- Runs of the pull (scheduled, on demand, reconciliation), with counts.
CREATE TABLE sync_run (
    id              BIGSERIAL PRIMARY KEY,
    integration_id  BIGINT      NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    kind            TEXT        NOT NULL CHECK (kind IN ('scheduled', 'manual', 'reconciliation')),
    state           TEXT        NOT NULL CHECK (state IN ('running', 'succeeded', 'failed')),
    started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ,
    listed          INT         NOT NULL DEFAULT 0,
    new_versions    INT         NOT NULL DEFAULT 0,
    succeeded       INT         NOT NULL DEFAULT 0,
    failed          INT         NOT NULL DEFAULT 0,
    platform_calls  INT         NOT NULL DEFAULT 0,
    platform_run_id BIGINT,
    error           TEXT
);
CREATE INDEX sync_run_integration ON sync_run (integration_id, id DESC);

-- The ledger: one row per purchase order and integration, whether it came by pull, by push or both.
CREATE TABLE purchase_order (
    id                  BIGSERIAL PRIMARY KEY,
    integration_id      BIGINT      NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    po_number           TEXT        NOT NULL,
    platform_po_id      BIGINT,
    erp_document_number TEXT,
    -- when a worker should look at it next; NULL = nothing to do
    work_due_at         TIMESTAMPTZ,
    lease_owner         TEXT,
    lease_until         TIMESTAMPTZ,
    -- incremented on every claim; a worker's writes carry the value it claimed with (fencing)
    fence               BIGINT      NOT NULL DEFAULT 0,
    -- monitoring option 2/3: we created an error record that a later success must resolve
    error_reported      BOOLEAN     NOT NULL DEFAULT false,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (integration_id, po_number)
);
CREATE INDEX purchase_order_due ON purchase_order (work_due_at) WHERE work_due_at IS NOT NULL;

-- Every distinct content of a PO (the state machine lives here).
CREATE TABLE po_version (
    id                    BIGSERIAL PRIMARY KEY,
    order_id              BIGINT      NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    revision              INT         NOT NULL,
    -- the version the ERP sees: idempotency key po-number + erp_version
    erp_version           INT         NOT NULL,
    platform_version      INT,
    platform_updated_at   TIMESTAMPTZ,
    content_hash          TEXT        NOT NULL,
    action                TEXT        NOT NULL CHECK (action IN ('create', 'update', 'cancel', 'close')),
    snapshot              TEXT        NOT NULL,
    source                TEXT        NOT NULL CHECK (source IN ('pull', 'push')),
    state                 TEXT        NOT NULL,
    failed_in             TEXT,
    attempts              INT         NOT NULL DEFAULT 0,
    next_attempt_at       TIMESTAMPTZ,
    last_error            TEXT,
    erp_document_number   TEXT,
    export_mark_required  BOOLEAN     NOT NULL DEFAULT false,
    confirmation_required BOOLEAN     NOT NULL DEFAULT false,
    run_id                BIGINT REFERENCES sync_run (id) ON DELETE SET NULL,
    received_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at               TIMESTAMPTZ,
    confirmed_at          TIMESTAMPTZ,
    completed_at          TIMESTAMPTZ,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (order_id, revision),
    UNIQUE (order_id, erp_version)
);
CREATE INDEX po_version_state ON po_version (state);

-- Inbound OrderRequests: the idempotency keys are unique constraints.
CREATE TABLE order_request_receipt (
    id              BIGSERIAL PRIMARY KEY,
    integration_id  BIGINT      NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    environment     TEXT        NOT NULL,
    payload_id      TEXT        NOT NULL,
    order_number    TEXT        NOT NULL,
    order_version   INT         NOT NULL,
    request_type    TEXT        NOT NULL,
    body_hash       TEXT        NOT NULL,
    -- the buyer (From) and us (To) as the OrderRequest named us: the ConfirmationRequest swaps them
    buyer_domain    TEXT        NOT NULL,
    buyer_identity  TEXT        NOT NULL,
    supplier_domain TEXT        NOT NULL,
    supplier_identity TEXT      NOT NULL,
    order_date      TIMESTAMPTZ,
    version_id      BIGINT REFERENCES po_version (id) ON DELETE SET NULL,
    status_code     INT         NOT NULL,
    status_detail   TEXT,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (integration_id, environment, payload_id),
    -- Coupa keeps orderVersion on a cancel (type delete), so the type is part of the key
    UNIQUE (integration_id, environment, order_number, order_version, request_type)
);
