-- The audit chain's hashes are always 64 hex digits; VARCHAR is what the entities map them to,
-- so the schema validation test can compare mapping and schema without exceptions.
ALTER TABLE audit_entry ALTER COLUMN previous_hash SET DATA TYPE VARCHAR(64);
ALTER TABLE audit_entry ALTER COLUMN entry_hash SET DATA TYPE VARCHAR(64);
ALTER TABLE audit_chain_head ALTER COLUMN last_hash SET DATA TYPE VARCHAR(64);
