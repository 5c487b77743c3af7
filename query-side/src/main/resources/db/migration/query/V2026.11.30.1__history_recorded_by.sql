-- The secretariat's user who recorded an act for the delegation that performed it (null when the actor
-- recorded it), and the person who acted where known.
ALTER TABLE history_entry ADD COLUMN recorded_by text;
ALTER TABLE history_entry ADD COLUMN person text;

-- The audit trail now also keeps these and the paragraph labels of circulated drafts (events of
-- revision 2), and reports are sealed only when its rows agree with the events: it is rebuilt from the
-- events at the next start, its processor reading again from the first event.
DELETE FROM history_entry;
DELETE FROM projection_progress WHERE projection = 'history';
DELETE FROM tokenentry WHERE processorname = 'history';
