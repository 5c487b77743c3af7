-- Failed sign-ins per account ('account:<username>') and per client address ('address:<ip>'), shared by
-- every instance on this database; times are the database's clock.
CREATE TABLE sign_in_throttle (
    subject        text        PRIMARY KEY,
    failures       integer     NOT NULL,
    window_started timestamptz NOT NULL,
    lockouts       integer     NOT NULL,
    blocked_until  timestamptz,
    last_failure   timestamptz NOT NULL
);

CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure);
