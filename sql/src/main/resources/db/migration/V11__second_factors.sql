-- Portcullis schema, version 11: second factors other than security keys, and the MFA policy.
--
-- totp_credential: a user's TOTP authenticator (RFC 6238), one per user. The shared secret is
-- sealed with the master key (AES-256-GCM) like signing keys; confirmed_at is set once the user
-- has proved the authenticator with a code; last_step is the last time step accepted, so that a
-- code is used once.
-- recovery_code: single-use recovery codes, stored by the SHA-256 hash of the code only.
-- mfa_policy: a tenant's second-factor policy (OFF, OPTIONAL, REQUIRED for everyone or for the
-- users with any of required_roles); a tenant without a row has OPTIONAL. The row's id is its
-- tenant's id.

CREATE TABLE totp_credential (
    id             VARCHAR(36)              NOT NULL,
    tenant_id      VARCHAR(63)              NOT NULL,
    user_id        VARCHAR(36)              NOT NULL,
    secret_sealed  VARCHAR(512)             NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    last_step      BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_totp_credential PRIMARY KEY (id),
    CONSTRAINT fk_totp_credential_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_totp_credential_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT uq_totp_credential_user UNIQUE (tenant_id, user_id)
);

CREATE TABLE recovery_code (
    id          VARCHAR(64)              NOT NULL,
    tenant_id   VARCHAR(63)              NOT NULL,
    user_id     VARCHAR(36)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX ix_recovery_code_user ON recovery_code (tenant_id, user_id);

CREATE TABLE mfa_policy (
    id              VARCHAR(63)              NOT NULL,
    tenant_id       VARCHAR(63)              NOT NULL,
    mode            VARCHAR(16)              NOT NULL,
    required_roles  VARCHAR(2000)            NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_mfa_policy PRIMARY KEY (id),
    CONSTRAINT fk_mfa_policy_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_mfa_policy_tenant UNIQUE (tenant_id),
    CONSTRAINT ck_mfa_policy_mode CHECK (mode IN ('OFF', 'OPTIONAL', 'REQUIRED'))
);
