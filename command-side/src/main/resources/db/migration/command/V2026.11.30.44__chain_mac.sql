-- Tamper evidence: each link of the chain carries a MAC (HMAC-SHA256 keyed by a secret derived from the head
-- signing key, which is outside the database), so a link made in SQL with draftline_chain_link is told apart
-- from one Draftline wrote (docs/architecture.md, "Tamper evidence").
ALTER TABLE event_chain ADD COLUMN mac BYTEA;

-- The links present now were written before the MAC existed: they are marked here, once, and the application
-- gives them their MAC when it next starts (it holds the key; SQL does not), then deletes the marks. Trust on
-- first use: the links are taken as they stand at this migration, as the chain took the events in 43.
CREATE TABLE event_chain_mac_pending (
    aggregate_id VARCHAR(255) NOT NULL,
    sequence     BIGINT       NOT NULL,
    hash         BYTEA        NOT NULL,
    PRIMARY KEY (aggregate_id, sequence)
);

INSERT INTO event_chain_mac_pending (aggregate_id, sequence, hash)
SELECT aggregate_id, sequence, hash FROM event_chain;
