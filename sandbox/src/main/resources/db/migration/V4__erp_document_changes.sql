-- The simulated ERP applies a PO change to the document it already has: a version sent with action update, cancel or
-- close and the erp-document-number of the first version is stored under that same document number. So one ERP
-- document may now hold several versions; (po_number, version) stays the idempotency key.
ALTER TABLE erp_orders DROP CONSTRAINT erp_orders_erp_document_number_key;
CREATE INDEX erp_orders_document ON erp_orders (erp_document_number, version);
-- create | update | cancel | close (rows from before this migration were creates)
ALTER TABLE erp_orders ADD COLUMN action VARCHAR(10) NOT NULL DEFAULT 'create';
