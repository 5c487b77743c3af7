-- Answers to commands sent with an Idempotency-Key, so a retried request records nothing new.
CREATE TABLE idempotency_key (
    username        VARCHAR(200) NOT NULL,
    idempotency_key UUID         NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER,
    response        TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, idempotency_key)
);
