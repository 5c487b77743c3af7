-- The meetings that documents' modalities organize (the Meeting aggregate's events), one row per event,
-- keyed by the meeting and the event's sequence so that a replay never doubles a row. A meeting holds
-- a few hundred events; its programme, lists of speakers and statements are folded from them when read.
CREATE TABLE meeting_event (
    meeting_id  VARCHAR(80) NOT NULL,
    sequence    BIGINT      NOT NULL,
    type        VARCHAR(40) NOT NULL,
    payload     JSONB       NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by TEXT        NOT NULL,
    PRIMARY KEY (meeting_id, sequence)
);
