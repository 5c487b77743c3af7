-- A claim says when, and by which attempt, its command was started: a claim left by a command that never
-- finished (its process died) expires and is taken over, and only the attempt holding it may answer it.
ALTER TABLE idempotency_key ADD COLUMN claimed_at TIMESTAMPTZ;
UPDATE idempotency_key SET claimed_at = created_at;
ALTER TABLE idempotency_key ALTER COLUMN claimed_at SET NOT NULL;
ALTER TABLE idempotency_key ALTER COLUMN claimed_at SET DEFAULT now();
ALTER TABLE idempotency_key ADD COLUMN claimant UUID;
