-- The generation of each account's feed token: rotating a token raises it, so every token made before stops
-- working. An account without a row is at generation 0. The tokens themselves are never stored: each is an
-- HMAC of the account and its generation under the feed token key, which lives outside the database.
CREATE TABLE feed_token (
    account    text    PRIMARY KEY,
    generation integer NOT NULL
);
