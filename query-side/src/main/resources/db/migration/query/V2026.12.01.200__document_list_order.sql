-- The document list pages by keyset in its order: most recently registered first, then by id.
CREATE INDEX document_status_list_order ON document_status (registered_at DESC, document_id);
