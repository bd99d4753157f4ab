-- A row Kafka refuses for good (topic missing, record too large) is parked with its reason instead of stopping the
-- relay; the later rows of its aggregate wait behind it so the aggregate's order holds.
ALTER TABLE outbox ADD COLUMN parked_at   TIMESTAMPTZ;
ALTER TABLE outbox ADD COLUMN park_reason VARCHAR(2000);
CREATE INDEX outbox_parked_idx ON outbox (aggregate_id) WHERE parked_at IS NOT NULL AND sent_at IS NULL;
-- Only unparked rows wait for the relay.
DROP INDEX outbox_unsent_idx;
CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL AND parked_at IS NULL;

-- The inbox is purged after its retention; the purge walks this index in bounded batches.
CREATE INDEX inbox_processed_at_idx ON inbox (processed_at);
