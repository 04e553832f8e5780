-- A sync target names a configured buyer platform (procurewire.catalog.platforms.<platform>.*): the platform's URL,
-- OAuth2 client, secret and alert webhook are configuration only, never taken from a request, so a secret can only
-- travel to the platform it belongs to. Existing targets keep their secret reference as the platform name: configure
-- procurewire.catalog.platforms.<old secret_ref>.base-url, .client-id and .client-secret for them (their runs fail
-- with that message until then).
ALTER TABLE sync_target ADD COLUMN platform varchar(100);
UPDATE sync_target SET platform = secret_ref;
ALTER TABLE sync_target ALTER COLUMN platform SET NOT NULL;
ALTER TABLE sync_target DROP CONSTRAINT sync_target_key;
ALTER TABLE sync_target DROP COLUMN base_url, DROP COLUMN client_id, DROP COLUMN secret_ref, DROP COLUMN alert_webhook_url;
-- Not unique on (buyer_code, platform, supplier_number): targets that differed only by their old base URL may exist.
CREATE INDEX sync_target_platform ON sync_target (buyer_code, platform, supplier_number);
