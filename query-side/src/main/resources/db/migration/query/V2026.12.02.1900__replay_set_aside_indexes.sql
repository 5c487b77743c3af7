-- The secondary indexes of the read models' tables, set aside while a rebuild refills them: PostgreSQL
-- builds an index once over a full table much faster than it keeps it up to date row by row. Each row is
-- one index's definition as PostgreSQL gave it (pg_get_indexdef), noted in the transaction that dropped it
-- and deleted in the one that builds it again (ReplayIndexes).
CREATE TABLE replay_set_aside_index (
    name        TEXT        NOT NULL PRIMARY KEY,
    definition  TEXT        NOT NULL,
    set_aside_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
