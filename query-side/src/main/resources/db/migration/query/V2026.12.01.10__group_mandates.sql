-- Who speaks for a negotiating group and when (the Group aggregate's SpokespersonMandated events), one row
-- per event, keyed by the group and the event's sequence so that a replay never doubles a row.
CREATE TABLE group_mandate (
    group_code  VARCHAR(80) NOT NULL,
    sequence    BIGINT      NOT NULL,
    delegation  VARCHAR(80) NOT NULL,
    from_day    DATE        NOT NULL,
    to_day      DATE,
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by TEXT        NOT NULL,
    PRIMARY KEY (group_code, sequence)
);

CREATE INDEX group_mandate_by_delegation ON group_mandate (delegation, from_day);
