-- The paragraph labels a version was circulated with (space-separated), so that the compilation reads its text
-- into those paragraphs even after the reader of draft texts changed. Rows written before have none: they are
-- read as the reader of their day read them.
ALTER TABLE compilation_version ADD COLUMN paragraphs TEXT;
