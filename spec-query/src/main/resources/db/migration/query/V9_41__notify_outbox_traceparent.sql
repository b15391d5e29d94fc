-- The W3C traceparent of the event behind a notification (from the event's metadata), sent on as the
-- CloudEvents traceparent extension and as a Kafka / webhook header. Null for events without one.
ALTER TABLE notify_outbox ADD COLUMN traceparent VARCHAR(128);
