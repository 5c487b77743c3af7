-- The feeds read the audit trail newest recorded first, across documents, a page at a time.
CREATE INDEX history_entry_recorded_at ON history_entry (recorded_at DESC);
