-- The compilation read model: every version's text, which draft each silence procedure ran on, and
-- every paragraph proposal made in input or in a silence break, one row each.

CREATE TABLE compilation_version (
    document_id VARCHAR(80) NOT NULL,
    label       VARCHAR(20) NOT NULL,
    sequence    BIGINT      NOT NULL,
    text        TEXT        NOT NULL,
    PRIMARY KEY (document_id, label)
);

CREATE TABLE compilation_silence (
    document_id VARCHAR(80) NOT NULL,
    procedure   INTEGER     NOT NULL,
    on_draft    VARCHAR(20) NOT NULL,
    PRIMARY KEY (document_id, procedure)
);

CREATE TABLE compilation_proposal (
    document_id  VARCHAR(80)  NOT NULL,
    sequence     BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    on_draft     VARCHAR(20)  NOT NULL,
    paragraph    VARCHAR(20)  NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    text         TEXT,
    delegation   VARCHAR(20)  NOT NULL,
    on_behalf_of VARCHAR(20),
    source       VARCHAR(20)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (document_id, sequence, position)
);
CREATE INDEX compilation_proposal_draft ON compilation_proposal (document_id, on_draft);
