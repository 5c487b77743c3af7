-- The read models. Each projection owns its tables; every write is keyed by the event's document and
-- sequence so that a replayed or retried event never doubles a row.

CREATE TABLE projection_progress (
    projection  VARCHAR(100) NOT NULL,
    document_id VARCHAR(80)  NOT NULL,
    sequence    BIGINT       NOT NULL,
    PRIMARY KEY (projection, document_id)
);

CREATE TABLE document_status (
    document_id   VARCHAR(80) NOT NULL,
    sequence      BIGINT      NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    status        JSONB       NOT NULL,
    PRIMARY KEY (document_id)
);

CREATE TABLE history_entry (
    document_id  VARCHAR(80)  NOT NULL,
    sequence     BIGINT       NOT NULL,
    type         VARCHAR(80)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200),
    role         VARCHAR(20),
    delegation   VARCHAR(20),
    on_behalf_of VARCHAR(20),
    summary      TEXT         NOT NULL,
    details      JSONB        NOT NULL,
    PRIMARY KEY (document_id, sequence)
);
CREATE INDEX history_entry_occurred_at ON history_entry (document_id, occurred_at);

CREATE TABLE draft_version (
    document_id     VARCHAR(80) NOT NULL,
    label           VARCHAR(20) NOT NULL,
    sequence        BIGINT      NOT NULL,
    name            VARCHAR(40) NOT NULL,
    circulated_at   TIMESTAMPTZ NOT NULL,
    text            TEXT        NOT NULL,
    structure       JSONB       NOT NULL,
    paragraph_count INTEGER     NOT NULL,
    PRIMARY KEY (document_id, label)
);

CREATE TABLE member_state_input (
    document_id  VARCHAR(80)  NOT NULL,
    sequence     BIGINT       NOT NULL,
    on_draft     VARCHAR(20)  NOT NULL,
    delegation   VARCHAR(20)  NOT NULL,
    on_behalf_of VARCHAR(20),
    comments     TEXT,
    proposals    JSONB        NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200),
    PRIMARY KEY (document_id, sequence)
);
CREATE INDEX member_state_input_delegation ON member_state_input (document_id, delegation);
