-- Tells every instance listening on this PostgreSQL (LISTEN draftline_events) that events were appended:
-- one notification per aggregate and statement, '<aggregate> <highest sequence>' (at most 255 characters
-- of identifier and a number, far below NOTIFY's 8000 bytes). A statement trigger over the inserted rows,
-- so a bulk INSERT ... SELECT of a million events sends one per document, not one per event; a command's
-- append is one statement (ChainTables.APPEND), so it sends one. PostgreSQL delivers them at commit, in
-- order, and never for a rolled-back append.
CREATE FUNCTION draftline_notify_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('draftline_events', appended.aggregateidentifier || ' ' || max(appended.sequencenumber))
    FROM appended
    GROUP BY appended.aggregateidentifier;
    RETURN NULL;
END
$$;

CREATE TRIGGER draftline_events_appended
    AFTER INSERT ON domainevententry
    REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION draftline_notify_appended();
