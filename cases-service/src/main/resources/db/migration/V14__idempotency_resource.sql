-- Idempotency keys are now kept by the shared store module, for any created resource (welcome-service's events,
-- offers and testimonials as well as cases): the column names the resource, not a case; an erasure finds its keys
-- by it.
ALTER TABLE idempotency_key RENAME COLUMN case_id TO resource_id;
CREATE INDEX idempotency_key_resource ON idempotency_key (resource_id);
