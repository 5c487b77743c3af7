-- The secretariat's user who recorded an act for the delegation that performed it (null when the actor
-- recorded it). Existing entries keep null until a replay fills it in from the events' metadata.
ALTER TABLE history_entry ADD COLUMN recorded_by text;
