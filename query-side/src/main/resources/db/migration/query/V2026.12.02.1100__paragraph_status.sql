-- Where each paragraph of a draft version stands after the readings (the drafts read model); a paragraph
-- without a row is pending.
CREATE TABLE paragraph_status (
    document_id  VARCHAR(80) NOT NULL,
    label        VARCHAR(20) NOT NULL,
    paragraph    VARCHAR(20) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    alternatives JSONB       NOT NULL,
    since        TIMESTAMPTZ NOT NULL,
    carried_from VARCHAR(45),
    sequence     BIGINT      NOT NULL,
    PRIMARY KEY (document_id, label, paragraph)
);
