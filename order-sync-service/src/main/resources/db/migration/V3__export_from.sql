-- Where an integration starts: NULL exports every unexported PO (reconciliation then starts at the integration's
-- creation); a timestamp limits the pull and reconciliation to POs created at or after it.
ALTER TABLE integration ADD COLUMN export_from TIMESTAMPTZ;
