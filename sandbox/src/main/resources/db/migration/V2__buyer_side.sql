-- The buyer's side of the sandbox: organisations and users, punchout supplier records (the fields of the Precoro
-- setup guide), requisitions filled by punchout, and the outbox of cXML OrderRequests to suppliers.

CREATE TABLE organisations (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(255) NOT NULL UNIQUE,
    bill_to_name  VARCHAR(255) NOT NULL,
    bill_to_street VARCHAR(255) NOT NULL,
    bill_to_city  VARCHAR(100) NOT NULL,
    bill_to_postal VARCHAR(30) NOT NULL,
    bill_to_country VARCHAR(2) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE buyer_users (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisations (id),
    email           VARCHAR(255) NOT NULL UNIQUE,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    unique_name     VARCHAR(100) NOT NULL,
    business_unit   VARCHAR(100),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE punchout_sites (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL REFERENCES organisations (id),
    supplier_id      BIGINT        NOT NULL REFERENCES suppliers (id),
    name             VARCHAR(255)  NOT NULL,
    punchout_url     VARCHAR(1000) NOT NULL,
    -- From: the buyer (Sender Domain + From Identity), To: the supplier (Supplier Domain + To Identity)
    from_domain      VARCHAR(50)   NOT NULL,
    from_identity    VARCHAR(255)  NOT NULL,
    to_domain        VARCHAR(50)   NOT NULL,
    to_identity      VARCHAR(255)  NOT NULL,
    sender_domain    VARCHAR(50)   NOT NULL,
    sender_identity  VARCHAR(255)  NOT NULL,
    shared_secret    VARCHAR(255),
    deployment_mode  VARCHAR(20)   NOT NULL DEFAULT 'production',
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, name)
);

CREATE TABLE requisitions (
    id               BIGSERIAL PRIMARY KEY,
    user_id          BIGINT       NOT NULL REFERENCES buyer_users (id),
    title            VARCHAR(255) NOT NULL,
    -- draft -> ordered (approval issues the POs)
    status           VARCHAR(30)  NOT NULL,
    ship_to_name     VARCHAR(255) NOT NULL,
    ship_to_street   VARCHAR(255) NOT NULL,
    ship_to_city     VARCHAR(100) NOT NULL,
    ship_to_postal   VARCHAR(30)  NOT NULL,
    ship_to_country  VARCHAR(2)   NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE punchout_sessions (
    id              BIGSERIAL PRIMARY KEY,
    requisition_id  BIGINT        NOT NULL REFERENCES requisitions (id),
    punchout_site_id BIGINT       NOT NULL REFERENCES punchout_sites (id),
    buyer_cookie    VARCHAR(100)  NOT NULL UNIQUE,
    -- started (StartPage followed) | returned (cart received) | failed
    status          VARCHAR(20)   NOT NULL,
    start_page_url  VARCHAR(2000),
    error           TEXT,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    returned_at     TIMESTAMPTZ
);

CREATE TABLE requisition_lines (
    id                    BIGSERIAL PRIMARY KEY,
    requisition_id        BIGINT         NOT NULL REFERENCES requisitions (id),
    punchout_session_id   BIGINT REFERENCES punchout_sessions (id),
    supplier_id           BIGINT         NOT NULL REFERENCES suppliers (id),
    line_num              INTEGER        NOT NULL,
    description           VARCHAR(1000)  NOT NULL,
    quantity              NUMERIC(18, 4) NOT NULL,
    price                 NUMERIC(18, 4) NOT NULL,
    currency              VARCHAR(3)     NOT NULL,
    uom                   VARCHAR(20)    NOT NULL,
    supplier_part_num     VARCHAR(255)   NOT NULL,
    supplier_aux_part_num VARCHAR(255),
    commodity             VARCHAR(100),
    manufacturer          VARCHAR(255),
    UNIQUE (requisition_id, line_num)
);

-- cXML OrderRequests waiting for, or done with, delivery to a supplier (retried on 5xx, never on 4xx).
CREATE TABLE order_transmissions (
    id                BIGSERIAL PRIMARY KEY,
    purchase_order_id BIGINT       NOT NULL REFERENCES purchase_orders (id),
    version           INTEGER      NOT NULL,
    order_type        VARCHAR(10)  NOT NULL,
    -- pending | sent | failed
    status            VARCHAR(10)  NOT NULL,
    attempts          INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ  NOT NULL,
    last_result       TEXT,
    payload_id        VARCHAR(255),
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX order_transmissions_due ON order_transmissions (status, next_attempt_at);

-- A buyer organisation and user to start with, so the pages work on a fresh sandbox.
INSERT INTO organisations (name, bill_to_name, bill_to_street, bill_to_city, bill_to_postal, bill_to_country)
VALUES ('Sandbox Buyer Inc.', 'Accounts Payable', '100 Procurement Way', 'Chicago', '60601', 'US');
INSERT INTO buyer_users (organisation_id, email, first_name, last_name, unique_name, business_unit)
SELECT id, 'pat.buyer@sandbox-buyer.example', 'Pat', 'Buyer', 'pbuyer', 'Operations' FROM organisations;
