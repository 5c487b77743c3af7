-- Tamper evidence: each document's events form a hash chain (docs/architecture.md, "Tamper evidence"),
-- linked by Draftline's event storage engine in the transaction that appends the events.

CREATE TABLE event_chain (
    aggregate_id     VARCHAR(255) NOT NULL,
    sequence         BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    hash             BYTEA        NOT NULL,
    PRIMARY KEY (aggregate_id, sequence)
);

-- Heads signed with the Ed25519 key kept outside the database; signed_at is the exact text signed.
CREATE TABLE signed_head (
    aggregate_id VARCHAR(255) NOT NULL,
    sequence     BIGINT       NOT NULL,
    head         BYTEA        NOT NULL,
    signed_at    VARCHAR(40)  NOT NULL,
    key_id       VARCHAR(64)  NOT NULL,
    signature    BYTEA        NOT NULL,
    PRIMARY KEY (aggregate_id, sequence)
);

-- The canonical form of version 1 in SQL, for anyone checking the chain with psql; the Java code is the
-- one Draftline runs, and a test keeps the two equal.
CREATE FUNCTION draftline_chain_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(octet_length(value)) || value END $$;

CREATE FUNCTION draftline_chain_link(previous BYTEA, event domainevententry) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$ SELECT sha256(previous
       || draftline_chain_field(convert_to(event.aggregateidentifier, 'UTF8'))
       || int8send(event.sequencenumber)
       || draftline_chain_field(convert_to(event.type, 'UTF8'))
       || draftline_chain_field(convert_to(event.eventidentifier, 'UTF8'))
       || draftline_chain_field(convert_to(event.payloadtype, 'UTF8'))
       || draftline_chain_field(convert_to(event.payloadrevision, 'UTF8'))
       || draftline_chain_field(convert_to(event.timestamp, 'UTF8'))
       || draftline_chain_field(event.payload)
       || draftline_chain_field(event.metadata)) $$;

-- Events recorded before the chain existed are linked as they stand now.
DO $$
DECLARE
    event    domainevententry;
    previous BYTEA;
    current  VARCHAR(255);
BEGIN
    FOR event IN SELECT * FROM domainevententry ORDER BY aggregateidentifier, sequencenumber LOOP
        IF current IS DISTINCT FROM event.aggregateidentifier THEN
            current := event.aggregateidentifier;
            previous := decode(repeat('00', 32), 'hex');
        END IF;
        previous := draftline_chain_link(previous, event);
        INSERT INTO event_chain (aggregate_id, sequence, event_identifier, hash)
        VALUES (event.aggregateidentifier, event.sequencenumber, event.eventidentifier, previous);
    END LOOP;
END $$;
