-- The secretariat's user who recorded an act for the delegation that performed it (null when the actor
-- recorded it), and the person who acted where known. Existing entries keep null until a replay fills
-- them in from the events' metadata.
ALTER TABLE history_entry ADD COLUMN recorded_by text;
ALTER TABLE history_entry ADD COLUMN person text;
