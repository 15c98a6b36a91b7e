-- Portcullis schema, version 4: each tenant's password policy (NIST SP 800-63B §5.1.1.2).
--
-- A tenant without a row has the default policy (8 to 64 characters, blocklist on). The row's id
-- is its tenant's id, so a tenant has at most one; it goes with its tenant (ON DELETE CASCADE).
-- The CHECK repeats the floor that the code enforces, so that no hand-made row weakens it.

CREATE TABLE password_policy (
    id          VARCHAR(63)              NOT NULL,
    tenant_id   VARCHAR(63)              NOT NULL,
    min_length  INTEGER                  NOT NULL,
    max_length  INTEGER                  NOT NULL,
    blocklist   BOOLEAN                  NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_password_policy PRIMARY KEY (id),
    CONSTRAINT fk_password_policy_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_password_policy_tenant UNIQUE (tenant_id),
    CONSTRAINT ck_password_policy_lengths CHECK (min_length >= 8 AND min_length <= max_length)
);
