-- The tamper-evident audit log: entries chained by SHA-256 hashes, and the chain's head, a single
-- row that appending transactions lock so the chain stays one line. The application only ever
-- inserts entries. Portable between H2 and PostgreSQL; on PostgreSQL a trigger also refuses
-- UPDATE and DELETE (db/vendor/postgresql).

CREATE TABLE audit_entry (
    id            BIGINT PRIMARY KEY CHECK (id > 0),
    occurred_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64) NOT NULL,
    action        VARCHAR(40) NOT NULL,
    subject_type  VARCHAR(40) NOT NULL,
    subject_id    VARCHAR(200) NOT NULL,
    campaign_id   BIGINT,
    details       VARCHAR(4000) NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    entry_hash    CHAR(64) NOT NULL UNIQUE
);
CREATE INDEX audit_entry_campaign ON audit_entry (campaign_id);

CREATE TABLE audit_chain_head (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_entry_id BIGINT NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_entry_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
