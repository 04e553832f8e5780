-- Order confirmations (cXML ConfirmationRequest) received from suppliers, one row per confirmation document.
CREATE TABLE supplier_confirmations (
    id                BIGSERIAL PRIMARY KEY,
    purchase_order_id BIGINT       NOT NULL REFERENCES purchase_orders (id),
    supplier_id       BIGINT       NOT NULL REFERENCES suppliers (id),
    -- a replayed payloadID is refused by this constraint (cXML Status 409)
    payload_id        VARCHAR(255) NOT NULL UNIQUE,
    confirm_id        VARCHAR(255),
    -- ConfirmationHeader@type: accept | allDetail | detail | backordered | except | reject | requestToPay | replace
    confirmation_type VARCHAR(20)  NOT NULL,
    operation         VARCHAR(10)  NOT NULL,
    notice_date       TIMESTAMPTZ  NOT NULL,
    -- the PO's supplier version when the confirmation arrived
    po_version        INTEGER      NOT NULL,
    -- the confirmed lines as JSON: [{"line-num":1,"quantity":"2","uom":"EA","status":"accept"}]
    items             TEXT         NOT NULL DEFAULT '[]',
    received_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX supplier_confirmations_po ON supplier_confirmations (purchase_order_id, id);

-- The latest confirmation type on the header, so PO lists show it without a join. Setting it leaves updated_at alone:
-- a supplier's confirmation is not a buyer-side change the ERP must see again.
ALTER TABLE purchase_orders ADD COLUMN confirmation_status VARCHAR(20);
ALTER TABLE purchase_orders ADD COLUMN confirmed_at TIMESTAMPTZ;
