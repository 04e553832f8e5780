-- One catalog, many contracts. Every price change (a product's list price, a contract line, a contract's terms)
-- draws a number from price_version_seq and leaves a row in price_history, so the priceVersion quoted to a shop
-- or pushed to a buyer platform names exactly the price that applied.
CREATE SEQUENCE price_version_seq;

CREATE TABLE product (
    id                         bigserial PRIMARY KEY,
    supplier_part_id           varchar(255)  NOT NULL,
    -- '' when the product has no auxiliary ID of its own (a unique key over NULLs would not be unique)
    supplier_part_auxiliary_id varchar(255)  NOT NULL DEFAULT '',
    name                       varchar(255)  NOT NULL,
    description                varchar(4000),
    manufacturer_name          varchar(255),
    manufacturer_part_id       varchar(255),
    unspsc                     varchar(8),
    unit_of_measure            varchar(3)    NOT NULL,
    list_price                 numeric(19,4) NOT NULL CHECK (list_price >= 0),
    currency                   varchar(3)       NOT NULL,
    lead_time_days             integer CHECK (lead_time_days >= 0),
    image_url                  varchar(1000),
    attributes                 jsonb         NOT NULL DEFAULT '{}'::jsonb,
    active                     boolean       NOT NULL DEFAULT true,
    price_version              bigint        NOT NULL,
    created_at                 timestamptz   NOT NULL DEFAULT now(),
    updated_at                 timestamptz   NOT NULL DEFAULT now(),
    version                    integer       NOT NULL DEFAULT 0,
    -- One configuration ('english') for document and query, so negations and stems agree; the english
    -- configuration leaves part numbers ("SR-103", "ABC123X": numeric/hyphenated tokens) unstemmed.
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(supplier_part_id, '') || ' ' || coalesce(supplier_part_auxiliary_id, '')
                                       || ' ' || coalesce(manufacturer_part_id, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(manufacturer_name, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')
    ) STORED,
    CONSTRAINT product_part_key UNIQUE (supplier_part_id, supplier_part_auxiliary_id)
);
CREATE INDEX product_search_idx ON product USING gin (search_vector);
CREATE INDEX product_unspsc_idx ON product (unspsc text_pattern_ops);
CREATE INDEX product_manufacturer_idx ON product (lower(manufacturer_name));

CREATE TABLE contract (
    id                       bigserial PRIMARY KEY,
    code                     varchar(64)  NOT NULL UNIQUE,
    buyer_code               varchar(64)  NOT NULL,
    name                     varchar(255),
    currency                 varchar(3)      NOT NULL,
    effective_from           date         NOT NULL,
    effective_to             date,
    -- percent off list for every product without a line of its own (null: none)
    default_discount_percent numeric(7,4) CHECK (default_discount_percent >= 0 AND default_discount_percent <= 100),
    -- ALL: the whole catalog is visible; CONTRACT_LINES: only products with a line in this contract
    assortment               varchar(20)  NOT NULL DEFAULT 'ALL' CHECK (assortment IN ('ALL', 'CONTRACT_LINES')),
    price_version            bigint       NOT NULL,
    created_at               timestamptz  NOT NULL DEFAULT now(),
    updated_at               timestamptz  NOT NULL DEFAULT now(),
    version                  integer      NOT NULL DEFAULT 0,
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX contract_buyer_idx ON contract (buyer_code, effective_from);

CREATE TABLE contract_line (
    id               bigserial PRIMARY KEY,
    contract_id      bigint       NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    product_id       bigint       NOT NULL REFERENCES product (id),
    fixed_price      numeric(19,4) CHECK (fixed_price >= 0),
    discount_percent numeric(7,4)  CHECK (discount_percent >= 0 AND discount_percent <= 100),
    -- quantity tiers as [{"minQuantity":"10","unitPrice":"9.50"}, ...], prices in the contract currency
    tiers            jsonb        NOT NULL DEFAULT '[]'::jsonb,
    valid_from       date,
    valid_to         date,
    price_version    bigint       NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    version          integer      NOT NULL DEFAULT 0,
    CONSTRAINT contract_line_product_key UNIQUE (contract_id, product_id),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX contract_line_product_idx ON contract_line (product_id);

CREATE TABLE price_history (
    price_version    bigint PRIMARY KEY,
    -- PRODUCT (list price), CONTRACT (terms), CONTRACT_LINE (a line), CONTRACT_LINE_REMOVED
    subject          varchar(30)  NOT NULL,
    product_id       bigint REFERENCES product (id),
    contract_id      bigint,
    contract_code    varchar(64),
    supplier_part_id varchar(255),
    supplier_part_auxiliary_id varchar(255),
    -- the full price state after the change (list price + currency, or the line's terms)
    snapshot         jsonb        NOT NULL,
    changed_at       timestamptz  NOT NULL DEFAULT now(),
    changed_by       varchar(100)
);
CREATE INDEX price_history_product_idx ON price_history (product_id, price_version);
CREATE INDEX price_history_contract_idx ON price_history (contract_id, price_version);

CREATE TABLE catalog_import (
    id           bigserial PRIMARY KEY,
    format       varchar(10)  NOT NULL,
    mode         varchar(12)  NOT NULL,
    file_name    varchar(255),
    added        integer      NOT NULL,
    changed      integer      NOT NULL,
    removed      integer      NOT NULL,
    unchanged    integer      NOT NULL,
    applied_at   timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE sync_target (
    id               bigserial PRIMARY KEY,
    buyer_code       varchar(64)   NOT NULL,
    contract_code    varchar(64),
    base_url         varchar(1000) NOT NULL,
    client_id        varchar(255)  NOT NULL,
    -- name of the configuration key holding the client secret: procurewire.catalog.sync-secret.<secret_ref>
    secret_ref       varchar(100)  NOT NULL,
    scope            varchar(255)  NOT NULL,
    supplier_number  varchar(100)  NOT NULL,
    schedule_enabled boolean       NOT NULL DEFAULT true,
    lease_owner      varchar(100),
    lease_until      timestamptz,
    last_run_at      timestamptz,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    version          integer       NOT NULL DEFAULT 0,
    CONSTRAINT sync_target_key UNIQUE (buyer_code, base_url, supplier_number)
);

CREATE TABLE sync_run (
    id             bigserial PRIMARY KEY,
    target_id      bigint      NOT NULL REFERENCES sync_target (id) ON DELETE CASCADE,
    trigger        varchar(20) NOT NULL CHECK (trigger IN ('SCHEDULED', 'MANUAL', 'RETRY')),
    retry_of_run_id bigint REFERENCES sync_run (id),
    status         varchar(20) NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')),
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    desired_items  integer     NOT NULL DEFAULT 0,
    remote_items   integer     NOT NULL DEFAULT 0,
    added          integer     NOT NULL DEFAULT 0,
    changed        integer     NOT NULL DEFAULT 0,
    removed        integer     NOT NULL DEFAULT 0,
    unchanged      integer     NOT NULL DEFAULT 0,
    failed         integer     NOT NULL DEFAULT 0,
    error          varchar(2000)
);
CREATE INDEX sync_run_target_idx ON sync_run (target_id, started_at DESC);

CREATE TABLE sync_item_result (
    id                         bigserial PRIMARY KEY,
    run_id                     bigint       NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    supplier_part_id           varchar(255) NOT NULL,
    supplier_part_auxiliary_id varchar(255),
    action                     varchar(10)  NOT NULL CHECK (action IN ('ADD', 'CHANGE', 'REMOVE')),
    outcome                    varchar(10)  NOT NULL CHECK (outcome IN ('OK', 'FAILED')),
    remote_id                  bigint,
    price_version              bigint,
    http_status                integer,
    message                    varchar(2000)
);
CREATE INDEX sync_item_result_run_idx ON sync_item_result (run_id, outcome);

CREATE TABLE sync_alert (
    id             bigserial PRIMARY KEY,
    target_id      bigint       NOT NULL REFERENCES sync_target (id) ON DELETE CASCADE,
    run_id         bigint       NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    failed_items   integer      NOT NULL,
    message        varchar(2000) NOT NULL,
    -- NOT_CONFIGURED, DELIVERED, FAILED
    webhook_status varchar(20)  NOT NULL
);
