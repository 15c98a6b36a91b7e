-- Portcullis schema, version 12: security keys and passkeys (WebAuthn, Yubico's server library).
--
-- webauthn_credential: a user's registered public key credential, as the relying party keeps it
-- (WebAuthn Level 2 §7.1 step 26): credential id and COSE public key (base64url), signature
-- counter, transports, the authenticator's AAGUID, the backup-eligible and backup-state flags,
-- whether user verification was done at registration, the attestation result, the user's name
-- for the key and its use times. flagged_at is set when the signature counter went backwards
-- (a possible clone, §6.1.1): a flagged credential signs nobody in. The user handle of every
-- credential is the user's id (no personal data, stable, unique in the tenant).
-- webauthn_enrollment_due: users whom an admin asked to enroll a new key at their next sign-in.
-- webauthn_ceremony: a registration or authentication in flight: the options sent to the browser
-- (their challenge), for at most five minutes, taken (deleted) by the one request that completes
-- it, on any node.
-- webauthn_policy: a tenant's WebAuthn policy; a tenant without a row has the defaults. The row's
-- id is its tenant's id.
-- webauthn_metadata: the FIDO Metadata Service BLOB that a platform admin uploaded, with the CRLs
-- of its certificate chain (base64 DER, one per line), verified against the FIDO root when
-- uploaded; platform-wide (the same for every tenant), one row.

CREATE TABLE webauthn_credential (
    id                  VARCHAR(36)              NOT NULL,
    tenant_id           VARCHAR(63)              NOT NULL,
    user_id             VARCHAR(36)              NOT NULL,
    credential_id       VARCHAR(1400)            NOT NULL,
    public_key_cose     VARCHAR(4000)            NOT NULL,
    signature_count     BIGINT                   NOT NULL,
    transports          VARCHAR(200)             NOT NULL,
    aaguid              VARCHAR(36)              NOT NULL,
    backup_eligible     BOOLEAN                  NOT NULL,
    backup_state        BOOLEAN                  NOT NULL,
    user_verified       BOOLEAN                  NOT NULL,
    discoverable        BOOLEAN,
    attestation         VARCHAR(16)              NOT NULL,
    authenticator_name  VARCHAR(200),
    nickname            VARCHAR(64)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at        TIMESTAMP WITH TIME ZONE,
    flagged_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT                   NOT NULL,
    CONSTRAINT pk_webauthn_credential PRIMARY KEY (id),
    CONSTRAINT fk_webauthn_credential_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_webauthn_credential_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT uq_webauthn_credential_id UNIQUE (tenant_id, credential_id),
    CONSTRAINT ck_webauthn_credential_attestation
        CHECK (attestation IN ('NONE', 'SELF', 'UNTRUSTED', 'TRUSTED'))
);

CREATE INDEX ix_webauthn_credential_user ON webauthn_credential (tenant_id, user_id);

CREATE TABLE webauthn_enrollment_due (
    user_id    VARCHAR(36)              NOT NULL,
    tenant_id  VARCHAR(63)              NOT NULL,
    since      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webauthn_enrollment_due PRIMARY KEY (user_id),
    CONSTRAINT fk_webauthn_enrollment_due_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_webauthn_enrollment_due_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE webauthn_ceremony (
    id            VARCHAR(43)              NOT NULL,
    tenant_id     VARCHAR(63)              NOT NULL,
    purpose       VARCHAR(16)              NOT NULL,
    user_id       VARCHAR(36),
    options_json  TEXT                     NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webauthn_ceremony PRIMARY KEY (id),
    CONSTRAINT fk_webauthn_ceremony_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT ck_webauthn_ceremony_purpose
        CHECK (purpose IN ('REGISTRATION', 'SECOND_FACTOR', 'PASSWORDLESS'))
);

CREATE INDEX ix_webauthn_ceremony_expiry ON webauthn_ceremony (tenant_id, expires_at);

CREATE TABLE webauthn_policy (
    id                 VARCHAR(63)              NOT NULL,
    tenant_id          VARCHAR(63)              NOT NULL,
    rp_id              VARCHAR(253),
    origins            VARCHAR(2000)            NOT NULL,
    user_verification  VARCHAR(16)              NOT NULL,
    attachment         VARCHAR(16)              NOT NULL,
    allow_synced       BOOLEAN                  NOT NULL,
    attestation        VARCHAR(16)              NOT NULL,
    allowed_aaguids    VARCHAR(4000)            NOT NULL,
    blocked_aaguids    VARCHAR(4000)            NOT NULL,
    modified_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_webauthn_policy PRIMARY KEY (id),
    CONSTRAINT fk_webauthn_policy_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_webauthn_policy_tenant UNIQUE (tenant_id),
    CONSTRAINT ck_webauthn_policy_uv CHECK (user_verification IN ('REQUIRED', 'PREFERRED', 'DISCOURAGED')),
    CONSTRAINT ck_webauthn_policy_attachment CHECK (attachment IN ('ANY', 'PLATFORM', 'CROSS_PLATFORM')),
    CONSTRAINT ck_webauthn_policy_attestation CHECK (attestation IN ('NONE', 'DIRECT'))
);

CREATE TABLE webauthn_metadata (
    id            VARCHAR(16)              NOT NULL,
    blob_jwt      TEXT                     NOT NULL,
    crls          TEXT                     NOT NULL,
    serial        INTEGER                  NOT NULL,
    next_update   DATE                     NOT NULL,
    entries       INTEGER                  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_webauthn_metadata PRIMARY KEY (id)
);
