-- Portcullis schema, version 5: signing key rotation.
--
-- A key's place in its life is read from timestamps, not from a status column: it is published
-- from created_at, signs from activates_at, stops signing at retires_at (its successor's
-- activates_at) and leaves the JWKS at expires_at (retires_at plus the longest token lifetime and
-- a margin). Every node decides which key signs from the same rows and the same clock, so a
-- promotion takes effect everywhere at the instant the database says, not when a node notices.

ALTER TABLE signing_key ADD COLUMN activates_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE signing_key ADD COLUMN retires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE signing_key ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

-- Keys written before this version were active from their creation.
UPDATE signing_key SET activates_at = created_at;

ALTER TABLE signing_key ALTER COLUMN activates_at SET NOT NULL;
ALTER TABLE signing_key DROP COLUMN status;

-- Two keys of one algorithm never take over at the same instant: which key signs is never a tie.
ALTER TABLE signing_key ADD CONSTRAINT uq_signing_key_activation UNIQUE (tenant_id, algorithm, activates_at);

-- Work that a feature has scheduled for a tenant (platform data, like tenant itself): one row per
-- tenant and task, found across tenants by due_at alone, so a timer touches only the tenants that
-- need work. The row is also the tenant's lock for that task: whoever works on it holds the row
-- PESSIMISTIC_WRITE, so two nodes never do the same work twice.
CREATE TABLE tenant_task (
    id        VARCHAR(128)             NOT NULL,
    tenant_id VARCHAR(63)              NOT NULL,
    task      VARCHAR(64)              NOT NULL,
    due_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version   BIGINT                   NOT NULL,
    CONSTRAINT pk_tenant_task PRIMARY KEY (id),
    CONSTRAINT fk_tenant_task_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_tenant_task UNIQUE (tenant_id, task)
);

CREATE INDEX ix_tenant_task_due ON tenant_task (task, due_at);

-- Existing tenants get their key maintenance due now; the first run schedules the next one.
INSERT INTO tenant_task (id, tenant_id, task, due_at, version)
SELECT 'signing-keys@' || id, id, 'signing-keys', CURRENT_TIMESTAMP, 0 FROM tenant;
