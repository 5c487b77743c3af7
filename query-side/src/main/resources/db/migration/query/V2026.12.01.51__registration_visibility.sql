-- Registrations now carry the document's visibility (DocumentRegistered revision 2; revision 1 reads as
-- PUBLIC). The audit trail's details of a registration are the event's fields, so the entries written
-- before gain the field their upcast events now have, and the rows keep agreeing with the events.
UPDATE history_entry SET details = details || '{"visibility": "PUBLIC"}'::jsonb
WHERE type = 'DocumentRegistered' AND NOT details ? 'visibility';
