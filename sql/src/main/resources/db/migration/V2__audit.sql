-- Portcullis schema, version 2: the audit trail.
--
-- Append-only events, each linked to the previous event of the same tenant by a SHA-256 hash
-- (see org.portcullis.audit.AuditEntry), and one chain head per tenant: appends lock the head
-- row, so concurrent appends in one tenant serialize and the chain never forks.

CREATE TABLE audit_event (
    id             VARCHAR(36)              NOT NULL,
    tenant_id      VARCHAR(63)              NOT NULL,
    seq            BIGINT                   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(255)             NOT NULL,
    action         VARCHAR(64)              NOT NULL,
    target         VARCHAR(255),
    outcome        VARCHAR(16)              NOT NULL,
    client_address VARCHAR(64),
    previous_hash  VARCHAR(64)              NOT NULL,
    hash           VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT fk_audit_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_audit_event_seq UNIQUE (tenant_id, seq)
);

CREATE INDEX ix_audit_event_occurred_at ON audit_event (tenant_id, occurred_at);

-- The head's id is its tenant's id: one head per tenant, and existing tenants get theirs below
-- without a database-specific UUID function.
CREATE TABLE audit_chain_head (
    id        VARCHAR(63)              NOT NULL,
    tenant_id VARCHAR(63)              NOT NULL,
    seq       BIGINT                   NOT NULL,
    hash      VARCHAR(64)              NOT NULL,
    version   BIGINT                   NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT fk_audit_chain_head_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_audit_chain_head_tenant UNIQUE (tenant_id)
);

-- Tenants created before this version start an empty chain (seq 0, the genesis hash).
INSERT INTO audit_chain_head (id, tenant_id, seq, hash, version)
SELECT id, id, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0 FROM tenant;
