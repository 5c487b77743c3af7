-- Notifications (issue 13): webhook registrations, the accounts' e-mail choices, what the notifier knows of
-- each document, and the outbox of messages to deliver, each delivered by a db-scheduler task.

-- db-scheduler's table, as the command side creates it: the query side runs its tasks too, and where it
-- has a database of its own (the scaled-out deployment) this creates it there.
CREATE TABLE IF NOT EXISTS scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX IF NOT EXISTS scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX IF NOT EXISTS scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX IF NOT EXISTS scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- A system's registration: which events of which documents it hears (NULL: all), and the secret that
-- signs its deliveries, kept as given out (see docs/architecture.md, "Webhooks and e-mail").
CREATE TABLE webhook (
    id         UUID        PRIMARY KEY,
    owner      TEXT        NOT NULL,
    owner_role TEXT        NOT NULL,
    url        TEXT        NOT NULL,
    secret     TEXT        NOT NULL,
    events     TEXT[],
    documents  TEXT[],
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_owner ON webhook (owner, created_at);

-- An account's e-mail address, its zone and what it wants to hear of, by user name.
CREATE TABLE notification_preference (
    username   TEXT        PRIMARY KEY,
    role       TEXT        NOT NULL,
    email      TEXT,
    zone       TEXT        NOT NULL,
    topics     TEXT[]      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- What the notifier has read of each document, in the record's order: its title, who may read it, and the
-- deadlines its reminders are for.
CREATE TABLE notification_document (
    document_id       TEXT PRIMARY KEY,
    title             TEXT NOT NULL,
    visibility        TEXT NOT NULL,
    silence_procedure INT,
    silence_deadline  TIMESTAMPTZ,
    silence_zone      TEXT,
    input_draft       TEXT,
    input_deadline    TIMESTAMPTZ,
    input_zone        TEXT
);

-- One message to one destination (a webhook, or an account's e-mail): written in the transaction of the
-- event it tells of (or of the reminder), once per destination and key (the event's id), delivered in
-- order per destination and document, retried with backoff until delivered or given up as FAILED.
CREATE TABLE outbox_message (
    id              BIGSERIAL   PRIMARY KEY,
    webhook_id      UUID        REFERENCES webhook (id) ON DELETE CASCADE,
    recipient       TEXT,
    message_key     TEXT        NOT NULL,
    document_id     TEXT        NOT NULL,
    sequence        BIGINT,
    event_type      TEXT        NOT NULL,
    content         TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    last_answer     INT,
    last_error      TEXT,
    finished_at     TIMESTAMPTZ,
    CHECK ((webhook_id IS NULL) <> (recipient IS NULL)),
    CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
);
CREATE UNIQUE INDEX outbox_webhook_once ON outbox_message (webhook_id, message_key) WHERE webhook_id IS NOT NULL;
CREATE UNIQUE INDEX outbox_mail_once ON outbox_message (recipient, message_key) WHERE recipient IS NOT NULL;
CREATE INDEX outbox_webhook_lane ON outbox_message (webhook_id, document_id, id) WHERE status = 'PENDING';
CREATE INDEX outbox_mail_lane ON outbox_message (recipient, document_id, id) WHERE status = 'PENDING';
CREATE INDEX outbox_webhook_latest ON outbox_message (webhook_id, id DESC);
