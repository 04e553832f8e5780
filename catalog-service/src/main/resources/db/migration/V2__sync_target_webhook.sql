-- Alerts of a target go to its own webhook when it has one, else to procurewire.catalog.sync.alert-webhook-url.
ALTER TABLE sync_target ADD COLUMN alert_webhook_url varchar(1000);
