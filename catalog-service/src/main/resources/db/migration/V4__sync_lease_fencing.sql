-- The run holding a target's lease: its heartbeat renews the lease only while this is still its own id, so a run
-- whose lease expired and was taken over stops (fencing), and a run left RUNNING by a crashed replica is recognised.
ALTER TABLE sync_target ADD COLUMN lease_run_id bigint;
