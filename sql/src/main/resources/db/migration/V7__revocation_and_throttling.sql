-- Portcullis schema, version 7: revoked access tokens (RFC 7009) and brute-force throttling.
--
-- revoked_token: the denylist of access tokens (JWTs) revoked before they expire, by jti. A row is
-- needed only until the token's exp (plus the verifier's clock skew); expired rows are purged.
-- Every node reads this table, so a revocation is in force on every node at once.
--
-- throttle_counter: failed attempts per throttle key (a SHA-256 of what is counted: a subject at
-- a client address, or a subject across addresses), and when the next attempt may be made. A
-- row is kept until it expires (the window after the last failure, or the end of the wait).

CREATE TABLE revoked_token (
    id         VARCHAR(36)              NOT NULL,
    tenant_id  VARCHAR(63)              NOT NULL,
    jti        VARCHAR(255)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_revoked_token PRIMARY KEY (id),
    CONSTRAINT fk_revoked_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_revoked_token_jti UNIQUE (tenant_id, jti)
);

CREATE INDEX ix_revoked_token_expires_at ON revoked_token (tenant_id, expires_at);

CREATE TABLE throttle_counter (
    id              VARCHAR(36)              NOT NULL,
    tenant_id       VARCHAR(63)              NOT NULL,
    key_hash        VARCHAR(64)              NOT NULL,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_throttle_counter PRIMARY KEY (id),
    CONSTRAINT fk_throttle_counter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_throttle_counter_key UNIQUE (tenant_id, key_hash),
    CONSTRAINT ck_throttle_counter_failures CHECK (failures >= 0)
);

CREATE INDEX ix_throttle_counter_expires_at ON throttle_counter (tenant_id, expires_at);
