-- The Coupa-compatible side of the sandbox: API clients, suppliers, purchase orders and the integration records
-- that order-sync, catalog and invoice services read and write through the Core API.

CREATE TABLE oauth_clients (
    id            BIGSERIAL PRIMARY KEY,
    client_id     VARCHAR(200) NOT NULL UNIQUE,
    client_secret VARCHAR(200) NOT NULL,
    scopes        TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE access_tokens (
    token      VARCHAR(100) PRIMARY KEY,
    client_id  VARCHAR(200) NOT NULL,
    scopes     TEXT         NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE suppliers (
    id                      BIGSERIAL PRIMARY KEY,
    name                    VARCHAR(255) NOT NULL,
    number                  VARCHAR(100) NOT NULL UNIQUE,
    status                  VARCHAR(30)  NOT NULL DEFAULT 'active',
    -- how issued POs reach the supplier: cxml (OrderRequest to cxml_url) or prompt (nothing sent)
    po_method               VARCHAR(30)  NOT NULL DEFAULT 'prompt',
    cxml_url                VARCHAR(1000),
    cxml_domain             VARCHAR(100),
    cxml_identity           VARCHAR(255),
    cxml_supplier_domain    VARCHAR(100),
    cxml_supplier_identity  VARCHAR(255),
    cxml_secret             VARCHAR(255),
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE purchase_orders (
    id                 BIGSERIAL PRIMARY KEY,
    po_number          VARCHAR(100) NOT NULL UNIQUE,
    status             VARCHAR(30)  NOT NULL,
    version            INTEGER      NOT NULL DEFAULT 1,
    internal_revision  INTEGER      NOT NULL DEFAULT 1,
    exported           BOOLEAN      NOT NULL DEFAULT FALSE,
    last_exported_at   TIMESTAMPTZ,
    supplier_id        BIGINT       NOT NULL REFERENCES suppliers (id),
    currency           VARCHAR(3)     NOT NULL,
    ship_to_name       VARCHAR(255),
    ship_to_street     VARCHAR(255),
    ship_to_city       VARCHAR(100),
    ship_to_postal     VARCHAR(30),
    ship_to_country    VARCHAR(2),
    ship_to_user_email VARCHAR(255),
    requisition_id     BIGINT,
    custom_fields      TEXT         NOT NULL DEFAULT '{}',
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX purchase_orders_updated_at ON purchase_orders (updated_at);
-- Coupa PO numbers are plain numbers.
CREATE SEQUENCE po_numbers START 1001;

CREATE TABLE purchase_order_lines (
    id                    BIGSERIAL PRIMARY KEY,
    purchase_order_id     BIGINT         NOT NULL REFERENCES purchase_orders (id),
    line_num              INTEGER        NOT NULL,
    description           VARCHAR(1000)  NOT NULL,
    quantity              NUMERIC(18, 4) NOT NULL,
    price                 NUMERIC(18, 4) NOT NULL,
    uom                   VARCHAR(20)    NOT NULL,
    supplier_part_num     VARCHAR(255),
    supplier_aux_part_num VARCHAR(255),
    commodity             VARCHAR(100),
    need_by_date          DATE,
    account_code          VARCHAR(100),
    -- lines removed by a later PO version stay, marked deleted, for show_deleted_lines=true
    deleted               BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (purchase_order_id, line_num)
);

CREATE TABLE integration_runs (
    id               BIGSERIAL PRIMARY KEY,
    integration_code VARCHAR(255) NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    total_records    INTEGER,
    success_count    INTEGER,
    error_count      INTEGER,
    notes            TEXT,
    started_at       TIMESTAMPTZ,
    ended_at         TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE integration_history_records (
    id                 BIGSERIAL PRIMARY KEY,
    document_type      VARCHAR(100) NOT NULL,
    document_id        BIGINT       NOT NULL,
    document_revision  VARCHAR(50),
    document_status    VARCHAR(50),
    status             VARCHAR(30)  NOT NULL,
    response_code      VARCHAR(50),
    response_message   TEXT,
    contact_alert_type VARCHAR(50),
    resolved           BOOLEAN      NOT NULL DEFAULT FALSE,
    alerted            BOOLEAN      NOT NULL DEFAULT FALSE,
    integration_run_id BIGINT REFERENCES integration_runs (id),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX integration_history_records_document ON integration_history_records (document_type, document_id);

CREATE TABLE integration_errors (
    id                 BIGSERIAL PRIMARY KEY,
    document_type      VARCHAR(100),
    document_id        BIGINT,
    response_code      VARCHAR(50),
    response_body      TEXT,
    resolved           BOOLEAN      NOT NULL DEFAULT FALSE,
    alerted            BOOLEAN      NOT NULL DEFAULT FALSE,
    integration_run_id BIGINT REFERENCES integration_runs (id),
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE receiving_transactions (
    id               BIGSERIAL PRIMARY KEY,
    type             VARCHAR(60)    NOT NULL,
    status           VARCHAR(30)    NOT NULL,
    quantity         NUMERIC(18, 4),
    price            NUMERIC(18, 4),
    uom              VARCHAR(20),
    order_line_id    BIGINT         NOT NULL REFERENCES purchase_order_lines (id),
    exported         BOOLEAN        NOT NULL DEFAULT FALSE,
    transaction_date TIMESTAMPTZ    NOT NULL,
    asn_number       VARCHAR(100),
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now()
);

CREATE TABLE invoices (
    id             BIGSERIAL PRIMARY KEY,
    invoice_number VARCHAR(100)   NOT NULL,
    supplier_id    BIGINT         NOT NULL REFERENCES suppliers (id),
    status         VARCHAR(30)    NOT NULL,
    invoice_date   TIMESTAMPTZ    NOT NULL,
    currency       VARCHAR(3)       NOT NULL,
    total          NUMERIC(18, 4) NOT NULL,
    source         VARCHAR(20)    NOT NULL,
    payload_id     VARCHAR(255) UNIQUE,
    exported       BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (supplier_id, invoice_number)
);

CREATE TABLE invoice_lines (
    id                BIGSERIAL PRIMARY KEY,
    invoice_id        BIGINT         NOT NULL REFERENCES invoices (id),
    line_num          INTEGER        NOT NULL,
    description       VARCHAR(1000),
    quantity          NUMERIC(18, 4),
    price             NUMERIC(18, 4),
    total             NUMERIC(18, 4) NOT NULL,
    uom               VARCHAR(20),
    po_number         VARCHAR(100),
    order_line_num    INTEGER,
    supplier_part_num VARCHAR(255)
);

CREATE TABLE supplier_items (
    id                       BIGSERIAL PRIMARY KEY,
    supplier_id              BIGINT         NOT NULL REFERENCES suppliers (id),
    supplier_part_num        VARCHAR(255)   NOT NULL,
    supplier_aux_part_num    VARCHAR(255)   NOT NULL DEFAULT '',
    name                     VARCHAR(255)   NOT NULL,
    description              VARCHAR(2000),
    price                    NUMERIC(18, 4) NOT NULL,
    currency                 VARCHAR(3)       NOT NULL,
    uom                      VARCHAR(20)    NOT NULL,
    commodity                VARCHAR(100),
    manufacturer             VARCHAR(255),
    manufacturer_part_number VARCHAR(255),
    lead_time                INTEGER,
    image_url                VARCHAR(1000),
    contract_number          VARCHAR(100),
    active                   BOOLEAN        NOT NULL DEFAULT TRUE,
    created_at               TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (supplier_id, supplier_part_num, supplier_aux_part_num)
);

-- The simulated ERP: one row per PO number and version it accepted (the idempotency key).
CREATE TABLE erp_orders (
    id                  BIGSERIAL PRIMARY KEY,
    po_number           VARCHAR(100) NOT NULL,
    version             INTEGER      NOT NULL,
    erp_document_number VARCHAR(50)  NOT NULL UNIQUE,
    payload             TEXT         NOT NULL,
    received_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (po_number, version)
);
CREATE SEQUENCE erp_document_numbers START 100001;
