-- A cancel or close of a PO the ERP never had is not sent to the ERP: the version is recorded as skipped.
ALTER TABLE po_version DROP CONSTRAINT po_version_action_check;
ALTER TABLE po_version ADD CONSTRAINT po_version_action_check
    CHECK (action IN ('create', 'update', 'cancel', 'close', 'skip'));

-- What an integration lists beyond the export flag and statuses: the buyer platform's named API filter and/or the
-- supplier numbers whose POs this ERP takes (comma-separated; NULL = every supplier).
ALTER TABLE integration ADD COLUMN api_filter TEXT;
ALTER TABLE integration ADD COLUMN supplier_numbers TEXT;
